//! Stand-in for `reqwest` 0.12 (docs.rs/reqwest/0.12): `Client`, `ClientBuilder`,
//! `RequestBuilder`, `Response`, `StatusCode` and `Error`, only the methods generated API handlers
//! (the Rust plugin's and the Axum plugin's) call (`get` takes `impl IntoUrl` in reqwest; a `&str`-like URL here). Nothing is sent: `send` always fails, as with no network.
use std::fmt;
use std::time::Duration;

/// `reqwest::Error`.
#[derive(Debug)]
pub struct Error {
    message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// `reqwest::StatusCode` (http::StatusCode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusCode(u16);

impl StatusCode {
    pub fn as_u16(&self) -> u16 {
        self.0
    }

    /// `is_success`: 200 to 299.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.0)
    }

    /// `is_server_error`: 500 to 599.
    pub fn is_server_error(&self) -> bool {
        (500..600).contains(&self.0)
    }
}

/// http::StatusCode prints as "404 Not Found"; the stand-in prints the number.
impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// `reqwest::Client`: `Clone + Default`.
#[derive(Debug, Clone, Default)]
pub struct Client {
    timeout: Option<Duration>,
}

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder { timeout: None }
    }

    pub fn get<U: AsRef<str>>(&self, url: U) -> RequestBuilder {
        RequestBuilder { url: url.as_ref().to_string() }
    }

}

/// `reqwest::ClientBuilder`.
#[derive(Debug)]
pub struct ClientBuilder {
    timeout: Option<Duration>,
}

impl ClientBuilder {
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    pub fn build(self) -> Result<Client> {
        Ok(Client { timeout: self.timeout })
    }
}

/// `reqwest::RequestBuilder`.
#[derive(Debug)]
pub struct RequestBuilder {
    url: String,
}

impl RequestBuilder {
    pub async fn send(self) -> Result<Response> {
        Err(Error { message: format!("stand-in reqwest sends nothing ({})", self.url) })
    }
}

/// `reqwest::Response`.
#[derive(Debug)]
pub struct Response {
    status: StatusCode,
}

impl Response {
    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub async fn json<T: serde::de::DeserializeOwned>(self) -> Result<T> {
        Err(Error { message: "stand-in reqwest has no body".to_string() })
    }
}
