#include "pipeline/frame_io.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace twindex::pipeline {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

// Both ends of a connected stream socket pair, closed on destruction.
class FrameIoTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds_), 0); }
  void TearDown() override {
    for (int& fd : fds_) CloseEnd(fd);
  }
  void CloseEnd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  void WriteRaw(const std::string& bytes) {
    ASSERT_EQ(::write(fds_[0], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  }

  int fds_[2] = {-1, -1};
  int& writer_ = fds_[0];
  int& reader_ = fds_[1];
};

TEST_F(FrameIoTest, RoundTripsFramesInOrder) {
  ASSERT_TRUE(WriteFrame(writer_, "{\"path\":\"/a/Sokółka.pdf\"}"));
  ASSERT_TRUE(WriteFrame(writer_, ""));
  ASSERT_TRUE(WriteFrame(writer_, std::string("bin\0ary\xff", 8)));
  std::string payload = "stale";
  EXPECT_EQ(ReadFrame(reader_, payload), ReadStatus::kOk);
  EXPECT_EQ(payload, "{\"path\":\"/a/Sokółka.pdf\"}");
  EXPECT_EQ(ReadFrame(reader_, payload), ReadStatus::kOk);
  EXPECT_EQ(payload, "");
  EXPECT_EQ(ReadFrame(reader_, payload), ReadStatus::kOk);
  EXPECT_EQ(payload, std::string("bin\0ary\xff", 8));
}

TEST_F(FrameIoTest, HeaderIsLittleEndianLength) {
  ASSERT_TRUE(WriteFrame(writer_, std::string(0x0102, 'x')));
  char header[4];
  ASSERT_EQ(::read(reader_, header, 4), 4);
  EXPECT_EQ(header[0], 0x02);
  EXPECT_EQ(header[1], 0x01);
  EXPECT_EQ(header[2], 0);
  EXPECT_EQ(header[3], 0);
}

TEST_F(FrameIoTest, ReadsFrameWrittenRaw) {
  WriteRaw(
      std::string("\x03\x00\x00\x00"
                  "abc",
                  7));
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload), ReadStatus::kOk);
  EXPECT_EQ(payload, "abc");
}

TEST_F(FrameIoTest, LargeFrameLargerThanTheSocketBuffer) {
  std::string big(24 << 20, '\0');
  for (size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 7919 % 251);
  bool written = false;
  std::thread writer([&] { written = WriteFrame(writer_, big); });
  std::string payload;
  const ReadStatus status = ReadFrame(reader_, payload);
  writer.join();
  EXPECT_TRUE(written);
  EXPECT_EQ(status, ReadStatus::kOk);
  EXPECT_TRUE(payload == big) << "payload of " << payload.size() << " bytes differs";
}

TEST_F(FrameIoTest, PeerClosedBeforeAFrame) {
  CloseEnd(writer_);
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload), ReadStatus::kClosed);
}

TEST_F(FrameIoTest, PeerClosedMidHeader) {
  WriteRaw(std::string("\x10\x00", 2));
  CloseEnd(writer_);
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload), ReadStatus::kClosed);
}

TEST_F(FrameIoTest, PeerClosedMidPayload) {
  WriteRaw(
      std::string("\x64\x00\x00\x00"
                  "only ten b",
                  14));
  CloseEnd(writer_);
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload), ReadStatus::kClosed);
}

TEST_F(FrameIoTest, ImplausibleLengthIsTreatedAsClosed) {
  WriteRaw(
      std::string("\xff\xff\xff\xff"
                  "x",
                  5));
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload, steady_clock::now() + milliseconds(2000)),
            ReadStatus::kClosed);
}

TEST_F(FrameIoTest, TimesOutWhenNothingArrives) {
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload, steady_clock::now() + milliseconds(50)),
            ReadStatus::kTimeout);
}

TEST_F(FrameIoTest, TimesOutOnAPartialFrame) {
  WriteRaw(
      std::string("\x08\x00\x00\x00"
                  "half",
                  8));
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload, steady_clock::now() + milliseconds(50)),
            ReadStatus::kTimeout);
}

TEST_F(FrameIoTest, DeadlineInThePastTimesOut) {
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload, steady_clock::now() - milliseconds(1)),
            ReadStatus::kTimeout);
}

TEST_F(FrameIoTest, CancelFlagAlreadySet) {
  std::atomic<bool> cancel{true};
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload, steady_clock::time_point::max(), &cancel),
            ReadStatus::kCancelled);
}

TEST_F(FrameIoTest, CancelFlagSetWhileWaiting) {
  // No deadline and no data: only the flag can end the wait.
  std::atomic<bool> cancel{false};
  std::thread canceller([&] {
    std::this_thread::sleep_for(milliseconds(20));
    cancel = true;
  });
  std::string payload;
  const ReadStatus status = ReadFrame(reader_, payload, steady_clock::time_point::max(), &cancel);
  canceller.join();
  EXPECT_EQ(status, ReadStatus::kCancelled);
}

TEST_F(FrameIoTest, UnsetCancelFlagDoesNotStopARead) {
  std::atomic<bool> cancel{false};
  ASSERT_TRUE(WriteFrame(writer_, "ok"));
  std::string payload;
  EXPECT_EQ(ReadFrame(reader_, payload, steady_clock::time_point::max(), &cancel), ReadStatus::kOk);
  EXPECT_EQ(payload, "ok");
}

TEST_F(FrameIoTest, WriteToClosedPeerFailsWithoutSignal) {
  CloseEnd(reader_);
  // SIGPIPE would kill the test binary; WriteFrame must report false instead.
  EXPECT_FALSE(WriteFrame(writer_, "anyone there?"));
}

}  // namespace
}  // namespace twindex::pipeline
