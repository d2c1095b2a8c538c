# Thin entry points; the logic lives in scripts/ and CMake.
.PHONY: run test build setup clean format screenshots

run:
	@scripts/run.sh

test:
	@scripts/test.sh

build:
	@scripts/build.sh

setup:
	@scripts/setup.sh

# Renders the app's main screens under Xvfb into docs/screenshots/ (es and en).
screenshots:
	@scripts/build.sh
	@cmake --build --preset dev --target screenshots coordinator_screenshots

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

clean:
	rm -rf build
