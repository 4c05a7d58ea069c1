# Entry points for developers and CI. The real work is in scripts/.

GO ?= go

.PHONY: test vet fmt-check build

# Vet, gofmt check and race-enabled tests against SQLite and a throwaway
# PostgreSQL (installed from Debian packages when missing).
test:
	bash scripts/test.sh

vet:
	$(GO) vet ./...

fmt-check:
	@out="$$(gofmt -l .)"; \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

build:
	$(GO) build -o talentbridge ./cmd/talentbridge
