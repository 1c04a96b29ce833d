# The two commands of the README: `make run` (build the sample graph) and `make test`.
# Variables let CI reuse the same recipes for other configurations, e.g.
#   make test BUILD_DIR=build-asan CMAKE_FLAGS='-DKG_SANITIZER=address,undefined'
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
OUT_DIR ?= out
# Compile jobs: one per core. Ninja's default (cores + 2) only adds memory and contention on the
# 2-core CI machine, which other builds share.
JOBS ?= $(shell nproc)
CORPUS ?= examples/corpus
KGRAPH := $(BUILD_DIR)/kgraph

# Tracked C++ files only, so generated and third-party files are never reformatted.
FORMAT_FILES = $(shell git ls-files '*.cpp' '*.hpp')

.PHONY: all deps configure build run test clean format format-check

all: build

deps:
	@scripts/install-deps.sh
	@scripts/install-interop-clients.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@mkdir -p $(OUT_DIR)
	$(KGRAPH) build $(CORPUS) -o $(OUT_DIR)/graph.graphml -o $(OUT_DIR)/graph.jsonld -o $(OUT_DIR)/graph.dot

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j2

clean:
	rm -rf $(BUILD_DIR) $(OUT_DIR)

format:
	@command -v clang-format >/dev/null || { echo "make format: clang-format not found (apt-get install clang-format)" >&2; exit 1; }
	clang-format -i $(FORMAT_FILES)

format-check:
	@command -v clang-format >/dev/null || { echo "make format-check: clang-format not found (apt-get install clang-format)" >&2; exit 1; }
	clang-format --dry-run --Werror $(FORMAT_FILES)
