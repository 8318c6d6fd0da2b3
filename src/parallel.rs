//! Work split over the machine's cores, for the few steps that take long on a long text: wrapping
//! a novel's blocks, tokenising them, classifying its quotations.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
