// ContentHash: a fast hash of a file's bytes (XXH3-128, hex). It tells a touched-but-identical
// file from a changed one without extracting it. Not cryptographic: it detects change, it does
// not defend against someone forging collisions in their own archive.
#pragma once

#include <string>

namespace twindex::pipeline {

// Throws std::runtime_error with the reason (errno text) if the file cannot be read.
std::string HashFile(const std::string& path);

}  // namespace twindex::pipeline
