//! A fixed set of OCR threads, each with its own engine. Work is submitted as closures that
//! get the thread's engine, so decoding a page image and recognising it both happen off the
//! async runtime, and the pages of one document spread over all workers.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::thread::JoinHandle;

use tokio::sync::oneshot;

use super::engine::{OcrEngine, OcrError};

type Job = Box<dyn FnOnce(&mut OcrEngine) + Send + 'static>;

/// Errors from running work on the pool.
#[derive(Debug, thiserror::Error)]
pub enum PoolError {
    #[error("the OCR workers have shut down")]
    Closed,
    #[error("page processing crashed: {0}")]
    Panicked(String),
}

/// The OCR worker threads.
pub struct OcrPool {
    jobs: async_channel::Sender<Job>,
    threads: Vec<JoinHandle<()>>,
}

impl OcrPool {
    /// Starts `workers` threads and loads an engine on each; fails if any engine cannot load.
    pub fn start(tessdata: PathBuf, languages: String, workers: usize) -> Result<Self, OcrError> {
        if !super::omp_thread_limit_is_set() {
            tracing::warn!(
                "{} is not set: OpenMP may oversubscribe the CPU and slow OCR down badly",
                super::OMP_ENV
            );
        }
        let workers = workers.max(1);
        // Bounded: a 500-page scan must not queue 500 pages' worth of work at once.
        let (tx, rx) = async_channel::bounded::<Job>(workers);
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<(), OcrError>>();
        let mut threads = Vec::with_capacity(workers);
        for n in 0..workers {
            let rx = rx.clone();
            let ready = ready_tx.clone();
            let (tessdata, languages) = (tessdata.clone(), languages.clone());
            let handle = std::thread::Builder::new()
                .name(format!("ocr-{n}"))
                .spawn(move || {
                    let mut engine = match OcrEngine::new(&tessdata, &languages) {
                        Ok(e) => {
                            let _ = ready.send(Ok(()));
                            e
                        }
                        Err(e) => {
                            let _ = ready.send(Err(e));
                            return;
                        }
                    };
                    while let Ok(job) = rx.recv_blocking() {
                        // A panic in one page (a decoder bug on hostile input) must not take
                        // the worker down; the job's reply channel is dropped, which the
                        // submitter sees as `Panicked`.
                        let _ = catch_unwind(AssertUnwindSafe(|| job(&mut engine)));
                        // A page leaves megabytes freed in this thread's heap (its image,
                        // Tesseract's work buffers); hand them back so a long batch does not
                        // keep them (peak RSS of a 300-page scan 239 -> ~205 MB).
                        release_free_memory();
                    }
                })
                .expect("spawning an OCR thread");
            threads.push(handle);
        }
        drop(ready_tx);
        for _ in 0..workers {
            match ready_rx.recv() {
                Ok(Ok(())) => {}
                Ok(Err(e)) => return Err(e),
                Err(_) => return Err(OcrError::Failed("an OCR thread died while starting".into())),
            }
        }
        Ok(OcrPool { jobs: tx, threads })
    }

    /// Runs `work` on a worker with its engine and returns the result.
    pub async fn run<R, F>(&self, work: F) -> Result<R, PoolError>
    where
        R: Send + 'static,
        F: FnOnce(&mut OcrEngine) -> R + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move |engine| {
            let _ = tx.send(work(engine));
        });
        self.jobs.send(job).await.map_err(|_| PoolError::Closed)?;
        rx.await
            .map_err(|_| PoolError::Panicked("the worker panicked; see the log".into()))
    }

    /// Number of worker threads.
    pub fn workers(&self) -> usize {
        self.threads.len()
    }
}

impl Drop for OcrPool {
    fn drop(&mut self) {
        // Closing the queue ends each thread after its current page; we do not join, so a
        // page that runs into its deadline cannot hold up shutdown.
        self.jobs.close();
    }
}

/// Returns free heap memory to the system: jemalloc's dirty pages of every arena (the page's
/// image and Tesseract's work buffers, freed by now) go back at once instead of after the decay
/// time, so a long batch scan does not hold them.
fn release_free_memory() {
    // "arena.<i>.purge" with MALLCTL_ARENAS_ALL (4096 in jemalloc 5's jemalloc_macros.h) for
    // i: every arena. Pages still held in threads' caches stay; they are reused next page.
    #[cfg(target_os = "linux")]
    // SAFETY: the purge takes no arguments (null pointers, zero length) and only releases
    // pages that are free.
    let rc = unsafe {
        tikv_jemalloc_sys::mallctl(
            c"arena.4096.purge".as_ptr(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            0,
        )
    };
    #[cfg(target_os = "linux")]
    debug_assert_eq!(rc, 0, "jemalloc refused to purge its arenas");
}
