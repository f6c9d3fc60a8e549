//! A fixed set of threads for the CPU-bound steps of documents: reading and hashing the
//! original, detecting its type, extracting text, routing, writing archive copies.
//!
//! tokio's blocking pool starts another thread whenever a task finds none idle — with
//! hundreds of documents in flight, over a hundred threads on two cores — and parks a thread
//! after each task and wakes one for the next: on a burst of born-digital letters the
//! daemon spent about a tenth of its CPU switching threads and in futex calls, and filed
//! ~900 instead of ~1200 documents a second (BENCHMARKS.md, "A pool for the documents'
//! CPU work"). Here a few threads take one task after another from one queue and sleep only
//! when it is empty. IO that waits (fsync, the blob store, the drop folders) and everything
//! else stays on tokio's pool.
//!
//! A task that overruns its deadline (a reader hanging on hostile input; its thread cannot
//! be stopped) is replaced: the caller reports it with [`CpuPool::overran`], one more thread
//! starts, and the first thread to finish a task while there are too many ends.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

type Job = Box<dyn FnOnce() + Send + 'static>;

/// The pool's threads and their queue.
pub struct CpuPool {
    jobs: async_channel::Sender<Job>,
    queue: async_channel::Receiver<Job>,
    /// Threads beyond the pool's size, started for tasks that overran; the next ones to
    /// finish a task end.
    surplus: Arc<AtomicUsize>,
    started: AtomicUsize,
}

/// Why a task gave no result.
#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    /// The task panicked (a parser bug on hostile input), with the panic's message.
    #[error("crashed: {0}")]
    Panicked(String),
    /// The task was dropped unrun (the process is shutting down).
    #[error("the task was dropped before it ran (shutting down)")]
    Lost,
}

impl CpuPool {
    /// A pool of `threads` threads (at least one).
    pub fn new(threads: usize) -> Self {
        let (jobs, queue) = async_channel::unbounded::<Job>();
        let pool = CpuPool {
            jobs,
            queue,
            surplus: Arc::new(AtomicUsize::new(0)),
            started: AtomicUsize::new(0),
        };
        for _ in 0..threads.max(1) {
            pool.start_thread();
        }
        pool
    }

    /// The process's pool: one thread per core.
    pub fn global() -> &'static CpuPool {
        static POOL: OnceLock<CpuPool> = OnceLock::new();
        POOL.get_or_init(|| {
            CpuPool::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
        })
    }

    fn start_thread(&self) {
        let n = self.started.fetch_add(1, Ordering::Relaxed);
        let (queue, surplus) = (self.queue.clone(), Arc::clone(&self.surplus));
        let spawned = std::thread::Builder::new()
            .name(format!("cpu-{n}"))
            .spawn(move || {
                while let Ok(job) = queue.recv_blocking() {
                    job();
                    let take_one = |s: usize| s.checked_sub(1);
                    if surplus
                        .fetch_update(Ordering::AcqRel, Ordering::Acquire, take_one)
                        .is_ok()
                    {
                        return;
                    }
                }
            });
        if let Err(e) = spawned {
            // The pool keeps working with the threads it has (at least one started before,
            // or `run` reports the closed queue).
            tracing::error!(error = %e, "could not start a thread for document work");
        }
    }

    /// Runs `work` on one of the pool's threads. A panic in it (a parser bug on hostile
    /// input) does not end the thread: it comes back as `Err`.
    pub async fn run<R, F>(&self, work: F) -> Result<R, TaskError>
    where
        R: Send + 'static,
        F: FnOnce() -> R + Send + 'static,
    {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let result = catch_unwind(AssertUnwindSafe(work))
                .map_err(|panic| TaskError::Panicked(panic_message(panic.as_ref())));
            let _ = tx.send(result);
        });
        // An unbounded queue is never full, and it is closed only with the pool.
        self.jobs.try_send(job).map_err(|_| TaskError::Lost)?;
        rx.await.unwrap_or(Err(TaskError::Lost))
    }

    /// A task overran its deadline and still holds its thread: start another in its place.
    /// When the task ends after all, one thread too many ends after its next task.
    pub fn overran(&self) {
        self.surplus.fetch_add(1, Ordering::AcqRel);
        self.start_thread();
    }
}

/// The message of a panic payload.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn runs_tasks_and_returns_their_results() {
        let pool = CpuPool::new(2);
        let results = futures::future::join_all((0..50u64).map(|i| pool.run(move || i * i))).await;
        let got: Vec<u64> = results.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(got, (0..50u64).map(|i| i * i).collect::<Vec<_>>());
    }

    #[tokio::test]
    async fn a_panic_is_returned_and_the_thread_goes_on() {
        let pool = CpuPool::new(1);
        let err = pool
            .run(|| -> u32 { panic!("bad input") })
            .await
            .unwrap_err();
        assert!(matches!(err, TaskError::Panicked(m) if m == "bad input"));
        assert_eq!(pool.run(|| 7).await.unwrap(), 7);
    }

    #[tokio::test]
    async fn a_task_that_overran_is_replaced_and_the_extra_thread_ends_later() {
        let pool = CpuPool::new(1);
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let stuck = pool.run(move || hold.recv().is_ok());
        let stuck = tokio::spawn(async move { stuck.await.unwrap() });
        // The only thread is held; without a replacement this would wait forever.
        tokio::time::sleep(Duration::from_millis(20)).await;
        pool.overran();
        let done = tokio::time::timeout(Duration::from_secs(5), pool.run(|| 1)).await;
        assert_eq!(
            done.expect("a replacement thread runs the task").unwrap(),
            1
        );
        release.send(()).unwrap();
        assert!(stuck.await.unwrap());
        // One of the two threads ends after its next task: the surplus is used up.
        for _ in 0..4 {
            assert_eq!(pool.run(|| 2).await.unwrap(), 2);
        }
        assert_eq!(pool.surplus.load(Ordering::Acquire), 0);
        assert_eq!(pool.started.load(Ordering::Relaxed), 2);
    }
}
