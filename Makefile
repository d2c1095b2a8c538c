# Thin entry points; the logic lives in scripts/ and CMake.
.PHONY: run test build setup clean format

run:
	@scripts/run.sh

test:
	@scripts/test.sh

build:
	@scripts/build.sh

setup:
	@scripts/setup.sh

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

clean:
	rm -rf build
