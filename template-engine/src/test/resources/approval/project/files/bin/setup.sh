#!/bin/sh
set -eu
cargo build
