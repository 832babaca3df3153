// packaudit: audits Cortex XSOAR content packs. See README.md for usage.
#include <iostream>

#include "cli/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return packaudit::RunCli(argc, argv, std::cout, std::cerr);
}
