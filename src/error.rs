//! The one error type verbs return, and the single place that turns it into kubectl's stderr
//! text and exit code.

use std::io::Write;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Printed as `error: <message>`, exit 1 (kubectl's `cmdutil.CheckErr`).
    #[error("{0}")]
    Message(String),
    /// A usage mistake: `error: <message>` then `See '<command> -h' for help and examples`.
    #[error("{message}")]
    Usage { message: String, command: String },
    /// A flag-parsing failure: `error: <message>` then `See '<command> --help' for usage.`
    #[error("{message}")]
    Flag { message: String, command: String },
    /// Several errors (apimachinery's aggregate): one line each, no `error:` prefix, as
    /// `cmdutil.CheckErr` prints them through `MultipleErrors`. One error alone prints as
    /// `Message`.
    #[error("{}", .0.join("\n"))]
    Multiple(Vec<String>),
    /// Printed exactly as is, without the `error: ` prefix (`Error from server (…): …`).
    #[error("{0}")]
    Raw(String),
    /// Already printed (or nothing to print); only the exit code is left.
    #[error("exit status {0}")]
    Exit(i32),
    #[error(transparent)]
    Kubeconfig(#[from] crate::kubeconfig::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn msg(message: impl Into<String>) -> Self {
        Error::Message(message.into())
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Exit(code) => *code,
            _ => 1,
        }
    }

    /// Writes the error as kubectl does; a closed stderr is not worth another error.
    pub fn report(&self, err: &mut dyn Write) -> i32 {
        let _ = match self {
            Error::Exit(_) => Ok(()),
            Error::Usage { message, command } => writeln!(
                err,
                "error: {message}\nSee '{command} -h' for help and examples"
            ),
            Error::Flag { message, command } => {
                writeln!(err, "error: {message}\nSee '{command} --help' for usage.")
            }
            Error::Raw(text) => writeln!(err, "{text}"),
            Error::Multiple(lines) if lines.len() != 1 => {
                lines.iter().try_for_each(|l| writeln!(err, "{l}"))
            }
            Error::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            // Some kubectl messages (jsonpath failures) already end with a newline.
            other => {
                let text = other.to_string();
                let newline = if text.ends_with('\n') { "" } else { "\n" };
                write!(err, "error: {text}{newline}")
            }
        };
        if let Error::Io(e) = self
            && e.kind() == std::io::ErrorKind::BrokenPipe
        {
            return 0;
        }
        self.exit_code()
    }
}
