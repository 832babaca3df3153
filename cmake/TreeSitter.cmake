# tree-sitter C runtime and grammars from pinned npm tarballs (route B in the dependency notes).
# Targets: TreeSitter::runtime, TreeSitter::python, ::javascript, ::powershell, ::json.
include(NpmTarball)

npm_prefetch(
  tree-sitter@0.25.1
  tree-sitter-python@0.25.0
  tree-sitter-javascript@0.25.0
  tree-sitter-powershell@0.26.4
  tree-sitter-json@0.24.8)

npm_fetch(ts_rt tree-sitter 0.25.1 07aeba8dd71630e7e72b2d4ca3bd2680c3471824100cc5ebff44e78a6ed0b6d3
          PATHS LICENSE vendor/tree-sitter/lib)
add_library(ts_runtime STATIC "${ts_rt}/vendor/tree-sitter/lib/src/lib.c")
target_include_directories(ts_runtime SYSTEM PUBLIC "${ts_rt}/vendor/tree-sitter/lib/include")
target_include_directories(ts_runtime PRIVATE "${ts_rt}/vendor/tree-sitter/lib/src")
target_compile_definitions(ts_runtime PRIVATE _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)
set_target_properties(ts_runtime PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_compile_options(ts_runtime PRIVATE -w)
add_library(TreeSitter::runtime ALIAS ts_runtime)

# ts_grammar(<lang> <npm-name> <version> <sha256> <has-scanner>)
function(ts_grammar lang name version sha256 has_scanner)
  npm_fetch(dir "${name}" "${version}" "${sha256}" PATHS LICENSE src)
  set(srcs "${dir}/src/parser.c")
  if(has_scanner)
    list(APPEND srcs "${dir}/src/scanner.c")
  endif()
  add_library(ts_grammar_${lang} STATIC ${srcs})
  target_include_directories(ts_grammar_${lang} PRIVATE "${dir}/src")
  set_target_properties(ts_grammar_${lang} PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
  target_compile_options(ts_grammar_${lang} PRIVATE -w)
  add_library(TreeSitter::${lang} ALIAS ts_grammar_${lang})
endfunction()

ts_grammar(python tree-sitter-python 0.25.0
           63b76b3fa8181fd79eaad4abcdb21e2babcb504dbfc7710a89934fa456d26096 ON)
ts_grammar(javascript tree-sitter-javascript 0.25.0
           6214ce23d03aba525ba8edd6ca7caf365c969f2c2dbfc353e376ca54507ffb92 ON)
ts_grammar(powershell tree-sitter-powershell 0.26.4
           92f0ce6497f1456248eb1a2d74c567cdfb1328cccd573c1a48d1b7c4e76b53e3 ON)
ts_grammar(json tree-sitter-json 0.24.8
           39e96d1e4231d200562ebd69105151cd43f58dda4b18a0e9a62fe2991da35b9c OFF)
