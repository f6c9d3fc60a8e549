//! A fixed set of threads for the CPU-bound steps of documents: reading and hashing the
//! original, detecting its type, extracting text and fields, routing, writing archive copies.
//!
//! tokio's blocking pool starts another thread whenever a task finds none idle — with
//! hundreds of documents in flight, over a hundred threads on two cores — and parks a thread
//! after each task and wakes one for the next: on a burst of born-digital letters the daemon
//! spent about a tenth of its CPU switching threads and in futex calls, and filed ~900
//! instead of ~1200 documents a second (BENCHMARKS.md, "A thread per core for the documents'
//! CPU work"). Here a few threads take one task after another from one queue and sleep only
//! when it is empty. IO that waits (fsync, the blob store, the drop folders) and everything
//! else stays on tokio's pool.
//!
//! A task that overruns its deadline (a reader hanging on hostile input; a thread cannot be
//! stopped) gets a new thread started in its place, and its own thread ends once the task
//! ends after all: the pool keeps its size however many tasks hang.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// A task; it answers whether its thread is to end (its task overran and was replaced).
type Job = Box<dyn FnOnce() -> bool + Send + 'static>;

/// The pool's threads and their queue.
pub struct CpuPool {
    jobs: async_channel::Sender<Job>,
    queue: async_channel::Receiver<Job>,
    started: AtomicUsize,
    /// Threads running now (a thread that could not be started is not counted).
    live: Arc<AtomicUsize>,
}

/// A task's state, decided once: it ends in time, or its deadline passes first and its
/// thread is replaced (and ends with it).
const RUNNING: u8 = 0;
const DONE: u8 = 1;
const REPLACED: u8 = 2;

/// Why a task gave no result.
#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    /// The task panicked (a parser bug on hostile input), with the panic's message.
    #[error("crashed: {0}")]
    Panicked(String),
    /// The task ran longer than its deadline; it goes on in the background, its result unused.
    #[error("took longer than {0:?}")]
    Overran(Duration),
    /// The task did not run: the process is shutting down, or no thread could be started.
    #[error("the task did not run (shutting down, or no thread could be started)")]
    Lost,
}

impl CpuPool {
    /// A pool of `threads` threads (at least one).
    pub fn new(threads: usize) -> Self {
        let (jobs, queue) = async_channel::unbounded::<Job>();
        let pool = CpuPool {
            jobs,
            queue,
            started: AtomicUsize::new(0),
            live: Arc::new(AtomicUsize::new(0)),
        };
        for _ in 0..threads.max(1) {
            pool.start_thread();
        }
        pool
    }

    /// The process's pool: one thread per core, at least two (one task waiting on a slow
    /// disk does not stop the others).
    pub fn global() -> &'static CpuPool {
        static POOL: OnceLock<CpuPool> = OnceLock::new();
        POOL.get_or_init(|| {
            CpuPool::new(std::thread::available_parallelism().map_or(2, |n| n.get().max(2)))
        })
    }

    fn start_thread(&self) {
        let n = self.started.fetch_add(1, Ordering::Relaxed);
        let (queue, live) = (self.queue.clone(), Arc::clone(&self.live));
        live.fetch_add(1, Ordering::AcqRel);
        let counted = Arc::clone(&live);
        let spawned = std::thread::Builder::new()
            .name(format!("cpu-{n}"))
            .spawn(move || {
                while let Ok(job) = queue.recv_blocking() {
                    if job() {
                        break;
                    }
                }
                counted.fetch_sub(1, Ordering::AcqRel);
            });
        if let Err(e) = spawned {
            live.fetch_sub(1, Ordering::AcqRel);
            // The pool goes on with the threads it has; with none, tasks are refused as
            // `Lost` (tried again later), never left waiting.
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
        self.submit(work)?
            .result
            .await
            .unwrap_or(Err(TaskError::Lost))
    }

    /// [`CpuPool::run`], giving up after `deadline` of running (the time waiting in the queue
    /// does not count: hundreds of documents may be in flight). A task that overran keeps
    /// its thread until it ends; another thread takes its place meanwhile.
    pub async fn run_for<R, F>(&self, deadline: Duration, work: F) -> Result<R, TaskError>
    where
        R: Send + 'static,
        F: FnOnce() -> R + Send + 'static,
    {
        let Submitted {
            result: task,
            started,
            state,
        } = self.submit(work)?;
        tokio::pin!(task);
        tokio::select! {
            biased;
            done = &mut task => return done.unwrap_or(Err(TaskError::Lost)),
            _ = started => {}
        }
        if let Ok(done) = tokio::time::timeout(deadline, &mut task).await {
            return done.unwrap_or(Err(TaskError::Lost));
        }
        match state.compare_exchange(RUNNING, REPLACED, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => {
                self.start_thread();
                Err(TaskError::Overran(deadline))
            }
            // It ended just now: its result is on its way.
            Err(_) => task.await.unwrap_or(Err(TaskError::Lost)),
        }
    }

    /// Queues `work`.
    fn submit<R, F>(&self, work: F) -> Result<Submitted<R>, TaskError>
    where
        R: Send + 'static,
        F: FnOnce() -> R + Send + 'static,
    {
        if self.live.load(Ordering::Acquire) == 0 {
            self.start_thread();
            if self.live.load(Ordering::Acquire) == 0 {
                return Err(TaskError::Lost);
            }
        }
        let (tx, rx) = tokio::sync::oneshot::channel();
        let (started_tx, started_rx) = tokio::sync::oneshot::channel();
        let state = Arc::new(AtomicU8::new(RUNNING));
        let ended = Arc::clone(&state);
        let job: Job = Box::new(move || {
            let _ = started_tx.send(());
            let result = catch_unwind(AssertUnwindSafe(work))
                .map_err(|panic| TaskError::Panicked(panic_message(panic.as_ref())));
            // Replaced while it ran: another thread took this one's place, so this one ends.
            let replaced = ended
                .compare_exchange(RUNNING, DONE, Ordering::AcqRel, Ordering::Acquire)
                .is_err();
            let _ = tx.send(result);
            replaced
        });
        // An unbounded queue is never full, and it is closed only with the pool.
        self.jobs.try_send(job).map_err(|_| TaskError::Lost)?;
        Ok(Submitted {
            result: rx,
            started: started_rx,
            state,
        })
    }
}

/// A queued task: its result to come, the moment it starts, and its state.
struct Submitted<R> {
    result: tokio::sync::oneshot::Receiver<Result<R, TaskError>>,
    started: tokio::sync::oneshot::Receiver<()>,
    state: Arc<AtomicU8>,
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
    async fn waiting_in_the_queue_does_not_count_against_the_deadline() {
        let pool = CpuPool::new(1);
        let busy = pool.run(|| std::thread::sleep(Duration::from_millis(300)));
        let quick = pool.run_for(Duration::from_millis(200), || 5);
        let (busy, quick) = tokio::join!(busy, quick);
        busy.unwrap();
        assert_eq!(quick.unwrap(), 5);
    }

    #[tokio::test]
    async fn a_task_that_overran_is_replaced_and_its_thread_ends_with_it() {
        let pool = CpuPool::new(1);
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let overran = pool
            .run_for(Duration::from_millis(50), move || hold.recv().is_ok())
            .await;
        assert!(matches!(overran, Err(TaskError::Overran(_))));
        assert_eq!(pool.started.load(Ordering::Relaxed), 2);
        // The only thread of the pool is held: the one started in its place runs these, and
        // goes on running tasks (it is not the one to end).
        for i in 0..3 {
            let done = tokio::time::timeout(Duration::from_secs(5), pool.run(move || i)).await;
            assert_eq!(done.expect("the thread in its place runs it").unwrap(), i);
        }
        // The held task ends; its thread ends with it, and the pool still has one thread.
        release.send(()).unwrap();
        for i in 0..3 {
            let done = tokio::time::timeout(Duration::from_secs(5), pool.run(move || i)).await;
            assert_eq!(done.expect("one thread is left").unwrap(), i);
        }
        // The pool's own receiver and one thread's are left.
        let left = std::time::Instant::now();
        while pool.queue.receiver_count() != 2 {
            assert!(
                left.elapsed() < Duration::from_secs(5),
                "the held thread did not end"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}
