// ContentHash: a fast hash of a file's bytes (XXH3-128, 32 hex digits). It tells a
// touched-but-identical file from a changed one without extracting it. Not cryptographic: it
// detects change, it does not defend against someone forging collisions in their own archive.
#pragma once

#include <string>
#include <string_view>

namespace twindex::pipeline {

std::string HashBytes(std::string_view bytes);

}  // namespace twindex::pipeline
