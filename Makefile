# The two commands a newcomer needs: `make demo` and `make test`. Both run scripts/setup first,
# which installs what is missing (apt, npm) and does nothing on a ready machine.
.PHONY: demo test setup build build-release format lint bench clean

demo: setup build-release
	scripts/demo

test: setup
	scripts/test

setup:
	scripts/setup

build:
	cmake --preset dev >/dev/null
	cmake --build --preset dev

build-release:
	cmake --preset release >/dev/null
	cmake --build --preset release

format:
	git ls-files '*.h' '*.cc' | xargs clang-format -i

lint: build
	scripts/lint

bench: setup build-release
	bench/run

clean:
	rm -rf build
