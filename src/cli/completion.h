// Bash completion for the twindex command line, generated from the CLI11 definition of its
// commands, so it never falls behind the options. `twindex __bash-completion` prints it; the
// build installs it into bash-completion's folder.
//
// Completes subcommands, each command's flags, the values of options that take paths (by their
// type name FILE, DIR or PATH) or a fixed set ({a,b,c} validators), and the positional argument
// as a path (run: pipeline files; search: nothing).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace twindex::cli {

std::string BashCompletion(const CLI::App& app);

}  // namespace twindex::cli
