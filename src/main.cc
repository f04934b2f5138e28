#include "cli/app.h"

int main(int argc, char** argv) { return twindex::cli::Main(argc, argv); }
