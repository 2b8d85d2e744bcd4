# Sourced by verify/rust.sh and verify/framework.sh: builds a Rust crate offline against Debian's
# crate sources (librust-*-dev, in $registry) and the stand-ins of the Tasker crates and reqwest
# (verify/rust/stand-ins, see its README).

# offline_cargo_config DIR: DIR/.cargo/config.toml taking every crate from $registry, offline.
offline_cargo_config() {
  mkdir -p "$1/.cargo"
  cat >"$1/.cargo/config.toml" <<CARGO
[source.crates-io]
replace-with = "debian"

[source.debian]
directory = "$registry"

[net]
offline = true
CARGO
}

# stand_in_patches STAND_INS CRATE...: the [patch.crates-io] table that swaps in the stand-ins.
stand_in_patches() {
  stand_ins=$1
  shift
  printf '\n[patch.crates-io]\n'
  for crate in "$@"; do
    printf '%s = { path = "%s/%s" }\n' "$crate" "$stand_ins" "$crate"
  done
}
