// ParallelFor: runs fn(i) for i in [0, n) on up to `jobs` threads (work stealing by an atomic
// counter). Blocks until all calls returned. `fn` must be thread-safe across different i and
// must not throw. jobs <= 1 runs inline, in order.
#ifndef PACKAUDIT_SCAN_PARALLEL_H_
#define PACKAUDIT_SCAN_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace packaudit {

void ParallelFor(size_t n, int jobs, const std::function<void(size_t)>& fn);

// The default job count: the number of hardware threads (at least 1).
int DefaultJobs();

}  // namespace packaudit

#endif  // PACKAUDIT_SCAN_PARALLEL_H_
