//! Work split over the machine's cores, for the few steps that take long on a long text and
//! work block by block: wrapping a novel's blocks, tokenising them, finding their names while
//! the blocks before are read.

/// Texts shorter than this are worked on one thread: starting threads costs more than it saves.
pub const PARALLEL_FROM_BYTES: usize = 256 * 1024;

/// `f` of consecutive runs of `items`, one run a core (at most eight), concatenated in order;
/// on one thread when `parallel` is false or there is one core. `f` must give one result an
/// item, whatever run the item is in, so that the result is the same either way.
pub fn map_runs<T: Sync, R: Send>(
    items: &[T],
    parallel: bool,
    f: impl Fn(&[T]) -> Vec<R> + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if !parallel || threads < 2 || items.len() < 2 {
        return f(items);
    }
    let run = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(run)
            .map(|chunk| scope.spawn(move || f(chunk)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `f` of every item, in order, on `threads` threads (one when `threads` is 1 or there is one
/// item). Each thread takes the next item not yet taken, so that one long item holds up only its
/// own thread. A panic in `f` is passed on.
pub fn map_each<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (next, f) = (&next, &f);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// `consume(i, produce(&items[i]))` for each item in order. When `parallel` (and there is a
/// second core) the items are produced on another thread a little ahead of their consumer, so
/// that the two steps overlap; a bounded queue keeps at most `ahead` results waiting.
pub fn pipeline<T: Sync, R: Send>(
    items: &[T],
    parallel: bool,
    ahead: usize,
    produce: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(usize, R),
) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if !parallel || threads < 2 || items.len() < 2 {
        for (i, item) in items.iter().enumerate() {
            consume(i, produce(item));
        }
        return;
    }
    let produce = &produce;
    std::thread::scope(|scope| {
        let (tx, rx) = std::sync::mpsc::sync_channel(ahead.max(1));
        scope.spawn(move || {
            for item in items {
                if tx.send(produce(item)).is_err() {
                    break;
                }
            }
        });
        for (i, item) in items.iter().enumerate() {
            // Should the producer have stopped (it panicked), its work is done here instead; the
            // scope then passes the panic on.
            let r = rx.recv().unwrap_or_else(|_| produce(item));
            consume(i, r);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_item_on_threads_comes_back_in_order() {
        // Uneven work: some items take far longer than others, so threads finish out of order.
        let items: Vec<u64> = (0..300)
            .map(|i| if i % 37 == 0 { 200_000 } else { i })
            .collect();
        let work = |n: &u64| (0..*n).fold(*n, |acc, x| acc.wrapping_mul(31).wrapping_add(x));
        let one = map_each(&items, 1, work);
        assert_eq!(one.len(), items.len());
        for threads in [2, 3, 16, 1000] {
            assert_eq!(map_each(&items, threads, work), one, "{threads} threads");
        }
        assert!(map_each(&[] as &[u64], 4, work).is_empty());
    }

    #[test]
    fn runs_on_threads_give_what_one_thread_gives() {
        let items: Vec<usize> = (0..1001).collect();
        let square = |run: &[usize]| run.iter().map(|i| i * i).collect::<Vec<_>>();
        assert_eq!(
            map_runs(&items, true, square),
            map_runs(&items, false, square)
        );
        assert_eq!(map_runs(&items, true, square).len(), items.len());
        assert!(map_runs(&[] as &[usize], true, square).is_empty());
    }

    #[test]
    fn a_pipeline_consumes_every_item_in_order() {
        let items: Vec<usize> = (0..1001).collect();
        for parallel in [false, true] {
            let mut seen = Vec::new();
            pipeline(&items, parallel, 8, |i| i * 2, |i, r| seen.push((i, r)));
            let expected: Vec<(usize, usize)> = items.iter().map(|i| (*i, i * 2)).collect();
            assert_eq!(seen, expected);
        }
    }
}
