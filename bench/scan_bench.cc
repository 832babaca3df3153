// Benchmarks of the scan pipeline: rule loading, parsing per language, and whole scans of the
// example packs and of a synthetic content repository (the example packs copied N times), at
// one and two jobs. Counters: files and bytes per second, findings, peak resident memory.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "engines/rule_engines.h"
#include "parse/parsed_file.h"
#include "rules/registry.h"
#include "scan/scanner.h"

namespace packaudit {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = PACKAUDIT_SOURCE_ROOT;

double PeakRssMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

std::vector<RuleSpec> AllRules() {
  auto set = RuleSet::Load({});
  if (!set.ok()) return {};
  auto rules = set->Select({}, {});
  return rules.ok() ? std::move(rules).value() : std::vector<RuleSpec>{};
}

uint64_t TreeBytes(const fs::path& root, int* files) {
  uint64_t bytes = 0;
  *files = 0;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
       ++it) {
    if (!it->is_symlink() && it->is_regular_file()) {
      bytes += it->file_size();
      ++*files;
    }
  }
  return bytes;
}

// A content repository of `copies` copies of every example pack under a temporary folder.
fs::path SyntheticRepository(int copies) {
  const fs::path out = fs::temp_directory_path() / ("packaudit-bench-" + std::to_string(copies));
  if (fs::exists(out)) return out;
  std::vector<fs::path> packs = {kSource / "fixtures/packs/AcmeThreatIntel",
                                 kSource / "fixtures/packs/LegacyPhishTools"};
  for (const auto& entry : fs::directory_iterator(kSource / "fixtures/packs/content/Packs")) {
    packs.push_back(entry.path());
  }
  fs::create_directories(out / "Packs");
  for (int i = 1; i <= copies; ++i) {
    for (const fs::path& pack : packs) {
      fs::copy(pack, out / "Packs" / (pack.filename().string() + std::to_string(i)),
               fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    }
  }
  return out;
}

void RunScanBenchmark(benchmark::State& state, const fs::path& root) {
  const std::vector<RuleSpec> rules = AllRules();
  int files = 0;
  const uint64_t bytes = TreeBytes(root, &files);
  size_t findings = 0;
  for (auto _ : state) {
    ScanOptions options;
    options.inputs = {root.string()};
    options.display_root = root.string();
    options.jobs = static_cast<int>(state.range(0));
    options.rules = rules;
    options.today = Date{2026, 1, 15};
    auto result = RunScan(*MakeRealFileSystem(), options);
    if (!result.ok()) {
      state.SkipWithError(result.status().message().c_str());
      return;
    }
    findings = result->findings.size();
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.counters["files"] = files;
  state.counters["files_per_s"] =
      benchmark::Counter(static_cast<double>(files), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["peak_rss_mb"] = PeakRssMegabytes();
}

void BM_LoadRules(benchmark::State& state) {
  size_t count = 0;
  for (auto _ : state) {
    const std::vector<RuleSpec> rules = AllRules();
    auto engines = RuleEngines::Build(rules);
    count = rules.size();
    benchmark::DoNotOptimize(engines);
  }
  state.counters["rules"] = static_cast<double>(count);
}
BENCHMARK(BM_LoadRules)->Unit(benchmark::kMillisecond);

void BM_ScanExamplePacks(benchmark::State& state) {
  RunScanBenchmark(state, kSource / "fixtures/packs");
}
BENCHMARK(BM_ScanExamplePacks)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ScanSyntheticRepository(benchmark::State& state) {
  RunScanBenchmark(state, SyntheticRepository(10));
}
BENCHMARK(BM_ScanSyntheticRepository)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// A large generated source file of `language`'s kind, parsed (tree, strings, diagnostics).
std::string GeneratedPython(int functions) {
  std::string text = "import demistomock as demisto\n\n";
  for (int i = 0; i < functions; ++i) {
    const std::string n = std::to_string(i);
    text += "def command_" + n +
            "(client, args: dict) -> dict:\n"
            "    value = args.get('value_" +
            n +
            "', '')\n"
            "    result = client.lookup(f'/items/{value}', params={'limit': " +
            n +
            "})\n"
            "    demisto.debug(f'command " +
            n +
            " returned {len(result)} items')\n"
            "    return {'Contents': result, 'HumanReadable': 'Item " +
            n + "'}\n\n";
  }
  return text;
}

void BM_ParsePython(benchmark::State& state) {
  const std::string text = GeneratedPython(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto source = std::make_unique<SourceFile>("Integrations/Big/Big.py", text);
    ParsedFile parsed = ParseFile(std::move(source), FileKind::kPython);
    benchmark::DoNotOptimize(parsed);
  }
  state.SetBytesProcessed(static_cast<int64_t>(text.size()) * state.iterations());
}
BENCHMARK(BM_ParsePython)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace packaudit

BENCHMARK_MAIN();
