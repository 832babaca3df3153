#include "parse/tree_sitter_parse.h"

#include <chrono>
#include <utility>
#include <vector>

namespace packaudit {
namespace {

// This thread's parsers, one per grammar.
class ThreadParsers {
 public:
  ThreadParsers() = default;
  ThreadParsers(const ThreadParsers&) = delete;
  ThreadParsers& operator=(const ThreadParsers&) = delete;
  ~ThreadParsers() {
    for (auto& [language, parser] : parsers_) ts_parser_delete(parser);
  }

  // nullptr when the runtime rejects the grammar (ABI mismatch).
  TSParser* For(const TSLanguage* language) {
    for (auto& [known, parser] : parsers_) {
      if (known == language) return parser;
    }
    TSParser* parser = ts_parser_new();
    if (!ts_parser_set_language(parser, language)) {
      ts_parser_delete(parser);
      return nullptr;
    }
    parsers_.emplace_back(language, parser);
    return parser;
  }

 private:
  std::vector<std::pair<const TSLanguage*, TSParser*>> parsers_;
};

struct Budget {
  std::chrono::steady_clock::time_point deadline;
};

bool OverBudget(TSParseState* state) {
  const auto* budget = static_cast<const Budget*>(state->payload);
  return std::chrono::steady_clock::now() > budget->deadline;
}

struct Buffer {
  std::string_view text;
};

const char* ReadBuffer(void* payload, uint32_t byte_index, TSPoint, uint32_t* bytes_read) {
  const auto* buffer = static_cast<const Buffer*>(payload);
  if (byte_index >= buffer->text.size()) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = static_cast<uint32_t>(buffer->text.size() - byte_index);
  return buffer->text.data() + byte_index;
}

}  // namespace

TSTree* ParseWithBudget(const TSLanguage* language, std::string_view text) {
  if (language == nullptr || text.size() > kTreeSitterMaxBytes) return nullptr;
  thread_local ThreadParsers parsers;
  TSParser* parser = parsers.For(language);
  if (parser == nullptr) return nullptr;
  ts_parser_reset(parser);
  Buffer buffer{text};
  Budget budget{std::chrono::steady_clock::now() +
                std::chrono::milliseconds(kTreeSitterBudgetMillis)};
  TSInput input{&buffer, ReadBuffer, TSInputEncodingUTF8, nullptr};
  TSParseOptions options{&budget, OverBudget};
  TSTree* tree = ts_parser_parse_with_options(parser, nullptr, input, options);
  // A cancelled parse leaves state behind; never resume it.
  if (tree == nullptr) ts_parser_reset(parser);
  return tree;
}

}  // namespace packaudit
