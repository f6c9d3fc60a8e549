use std::process::ExitCode;

fn main() -> ExitCode {
    // Must happen before anything loads libtesseract's OpenMP runtime; see the function.
    mailroom::cli::ensure_omp_thread_limit();
    // `mailroom search … | head` should end quietly, like other Unix tools, not panic.
    // SAFETY: restoring the default disposition of SIGPIPE before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    mailroom::cli::main()
}
