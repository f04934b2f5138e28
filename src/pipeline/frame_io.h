// FrameIo: length-prefixed messages over a stream socket, the wire between ingest and its
// extraction workers. A frame is a 4-byte little-endian length and that many bytes.
#pragma once

#include <atomic>
#include <chrono>
#include <string>
#include <string_view>

namespace twindex::pipeline {

// Returns false if the peer is gone (never raises SIGPIPE).
bool WriteFrame(int fd, std::string_view payload);

enum class ReadStatus { kOk, kClosed, kTimeout, kCancelled };
// Waits until `deadline` for a whole frame, giving up early once `*cancel` is true.
// kClosed covers a peer that died mid-frame.
ReadStatus ReadFrame(
    int fd, std::string& payload,
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max(),
    const std::atomic<bool>* cancel = nullptr);

}  // namespace twindex::pipeline
