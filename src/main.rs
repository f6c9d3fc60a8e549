use std::process::ExitCode;

fn main() -> ExitCode {
    // Must happen before anything loads libtesseract's OpenMP runtime; see the function.
    mailroom::cli::ensure_omp_thread_limit();
    // `mailroom search … | head` should end quietly, like other Unix tools, not panic.
    // SAFETY: restoring the default disposition of SIGPIPE before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // Page images (9 MB for A4 at 300 dpi) are allocated and freed page after page. glibc
    // raises its mmap threshold to the largest block freed, after which such buffers come from
    // per-thread heaps that keep the memory; a fixed threshold gives every large buffer its
    // own mapping, returned to the system when freed (memory stays flat over a long batch).
    // SAFETY: a glibc tuning call made before any thread is started.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
    mailroom::cli::main()
}
