// kgraph: news articles in, a typed knowledge graph out. See README.md and `kgraph --help`.
#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return kg::cli::run(args, std::cout, std::cerr);
}
