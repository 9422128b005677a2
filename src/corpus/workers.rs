//! Work spread over every core: `par_map` for a whole list at once, `ordered_map` for a stream whose
//! results are consumed in order as they are made.

use std::collections::BTreeMap;
use std::sync::{mpsc, Condvar, Mutex, MutexGuard};

/// Items a worker takes at a time: small enough that no core waits on a slow share.
const CHUNK: usize = 32;

/// Chunks of `ordered_map` that may be done or under way beyond the last one handed on: enough that a
/// worker never waits on the sink while it keeps up, few enough that memory holds only this window.
const AHEAD: usize = 16;

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

fn chunks<T>(items: Vec<T>, size: usize) -> Vec<Vec<T>> {
    let mut out = Vec::with_capacity(items.len().div_ceil(size));
    let mut rest = items.into_iter().peekable();
    while rest.peek().is_some() {
        out.push(rest.by_ref().take(size).collect());
    }
    out
}

/// `f` over `items` on every core, in order. Workers take chunks of `CHUNK` items from a shared queue, so
/// a run of long texts does not leave the other cores idle.
pub(crate) fn par_map<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    let threads = threads();
    if threads < 2 || items.len() <= CHUNK {
        return items.into_iter().map(f).collect();
    }
    let chunks = chunks(items, CHUNK);
    let count = chunks.len();
    let queue = Mutex::new(chunks.into_iter().enumerate());
    let f = &f;
    let mut done: Vec<(usize, Vec<U>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(count))
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        // A poisoned queue means another worker panicked: that panic is resumed below.
                        let next = match queue.lock() {
                            Ok(mut q) => q.next(),
                            Err(_) => None,
                        };
                        let Some((k, chunk)) = next else { break };
                        mine.push((k, chunk.into_iter().map(f).collect::<Vec<U>>()));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_unstable_by_key(|(k, _)| *k);
    done.into_iter().flat_map(|(_, part)| part).collect()
}

/// What the workers of `ordered_map` share: the chunks not yet taken, and how far the sink has got.
struct Queue<T> {
    chunks: std::iter::Enumerate<std::vec::IntoIter<Vec<T>>>,
    /// Chunks taken by workers so far.
    taken: usize,
    /// Chunks handed to the sink so far.
    handed: usize,
    /// Set when the sink or a worker stops early (a panic): every worker then stops.
    stopped: bool,
}

/// The queue and the signal that it changed.
struct Shared<T> {
    queue: Mutex<Queue<T>>,
    changed: Condvar,
}

impl<T> Shared<T> {
    /// The queue, even after a panic elsewhere: its fields are whole at every unlock.
    fn lock(&self) -> MutexGuard<'_, Queue<T>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The next chunk to work on, waiting while the workers are `AHEAD` chunks past the sink; `None` when
    /// there is none left or the work stopped.
    fn take(&self) -> Option<(usize, Vec<T>)> {
        let mut q = self.lock();
        while !q.stopped && q.taken >= q.handed + AHEAD {
            q = self.changed.wait(q).unwrap_or_else(|e| e.into_inner());
        }
        if q.stopped {
            return None;
        }
        let next = q.chunks.next()?;
        q.taken += 1;
        Some(next)
    }

    fn handed(&self, count: usize) {
        self.lock().handed = count;
        self.changed.notify_all();
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.changed.notify_all();
    }
}

/// Stops the work when dropped by a panic, so that no worker waits for a sink that is gone, and the sink
/// does not wait for a worker that is gone.
struct StopOnPanic<'a, T>(&'a Shared<T>);

impl<T> Drop for StopOnPanic<'_, T> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// `f` over `items` on every core, each result handed to `sink` on this thread in the items' order, as
/// soon as it and every one before it are made. Unlike `par_map` there is no barrier between batches: the
/// workers take chunks of `CHUNK` items until none are left, held back only when they are `AHEAD` chunks
/// past the sink, so memory holds that window of results and never all of them. A panic in `f` or `sink`
/// stops the workers and is resumed here.
pub(crate) fn ordered_map<T: Send, U: Send>(
    items: Vec<T>,
    f: impl Fn(T) -> U + Sync,
    mut sink: impl FnMut(U),
) {
    let threads = threads();
    if threads < 2 || items.len() <= CHUNK {
        items.into_iter().map(f).for_each(sink);
        return;
    }
    let chunks = chunks(items, CHUNK);
    let count = chunks.len();
    let shared = Shared {
        queue: Mutex::new(Queue {
            chunks: chunks.into_iter().enumerate(),
            taken: 0,
            handed: 0,
            stopped: false,
        }),
        changed: Condvar::new(),
    };
    let (tx, rx) = mpsc::channel::<(usize, Vec<U>)>();
    let (shared, f) = (&shared, &f);
    std::thread::scope(|scope| {
        for _ in 0..threads.min(count) {
            let tx = tx.clone();
            scope.spawn(move || {
                let _guard = StopOnPanic(shared);
                while let Some((k, chunk)) = shared.take() {
                    let made = chunk.into_iter().map(f).collect();
                    if tx.send((k, made)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let _guard = StopOnPanic(shared);
        let mut early: BTreeMap<usize, Vec<U>> = BTreeMap::new();
        let mut next = 0;
        // Ends when every worker has ended; the scope then resumes a worker's panic.
        for (k, made) in rx {
            early.insert(k, made);
            while let Some(made) = early.remove(&next) {
                made.into_iter().for_each(&mut sink);
                next += 1;
                shared.handed(next);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordered_map_hands_on_every_result_in_order() {
        for n in [0, 1, CHUNK, CHUNK + 1, CHUNK * AHEAD * 3 + 7] {
            let mut seen = Vec::new();
            // Uneven work, so chunks finish out of order.
            ordered_map(
                (0..n).collect(),
                |i: usize| {
                    if i.is_multiple_of(97) {
                        std::thread::sleep(std::time::Duration::from_millis(2));
                    }
                    i * 2
                },
                |x| seen.push(x),
            );
            assert_eq!(seen, (0..n).map(|i| i * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn ordered_map_keeps_the_workers_within_the_window() {
        let made = std::sync::atomic::AtomicUsize::new(0);
        let mut most_ahead = 0;
        let mut handed = 0;
        let n = CHUNK * AHEAD * 4;
        ordered_map(
            (0..n).collect(),
            |i: usize| {
                made.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                i
            },
            |_| {
                handed += 1;
                let ahead = made.load(std::sync::atomic::Ordering::SeqCst) - handed;
                most_ahead = most_ahead.max(ahead);
                // A slow sink: the workers would run to the end without the window.
                std::thread::sleep(std::time::Duration::from_micros(50));
            },
        );
        assert_eq!(handed, n);
        assert!(
            most_ahead <= CHUNK * (AHEAD + 1),
            "{most_ahead} made and not yet handed on"
        );
    }

    #[test]
    fn a_panic_in_the_work_or_the_sink_is_resumed_not_hung() {
        let work = std::panic::catch_unwind(|| {
            ordered_map(
                (0..CHUNK * AHEAD * 4).collect(),
                |i: usize| assert!(i != 100),
                |_| {},
            )
        });
        assert!(work.is_err());
        let sink = std::panic::catch_unwind(|| {
            ordered_map(
                (0..CHUNK * AHEAD * 4).collect(),
                |i: usize| i,
                |i| assert!(i != 5),
            )
        });
        assert!(sink.is_err());
    }

    #[test]
    fn par_map_keeps_the_order() {
        let out = par_map((0..1000).collect(), |i: i32| i + 1);
        assert_eq!(out, (1..=1000).collect::<Vec<_>>());
    }
}
