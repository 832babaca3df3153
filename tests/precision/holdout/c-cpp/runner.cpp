#include <cstdlib>
#include <string>

// ruleid: SEC010
int Run(const std::string &cmd) { return std::system(cmd.c_str()); }

// ok: SEC010
int Uptime() { return std::system("uptime"); }
