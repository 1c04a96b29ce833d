#pragma once
// The exception hierarchy of kgraph. Every error names the input (file, key, entity id) and what is
// wrong; the CLI maps each class to an exit code (cli/exit_codes.hpp).
#include <stdexcept>
#include <string>

namespace kg {

/// Root of kgraph's exceptions. `code()` is a stable identifier such as "KG-E101".
class Error : public std::runtime_error {
  public:
    Error(std::string code, const std::string& message)
        : std::runtime_error(message), code_(std::move(code)) {}
    const std::string& code() const noexcept { return code_; }

  private:
    std::string code_;
};

/// A data file of the ontology (types, relations, gazetteers, rules) is missing or inconsistent,
/// or a fact breaks the ontology (e.g. an edge outside its domain/range).
class OntologyError : public Error {
  public:
    using Error::Error;
};

/// An article, manifest or graph file cannot be used as input.
class InputError : public Error {
  public:
    using Error::Error;
};

/// An output file cannot be written, or a value cannot be represented in the format.
class ExportError : public Error {
  public:
    using Error::Error;
};

/// A query names something that does not exist or is ambiguous.
class QueryError : public Error {
  public:
    using Error::Error;
};

}  // namespace kg
