package auth

import (
	"strings"
	"testing"
)

// The parsers of untrusted input in this package: session cookie values
// and bearer tokens (ParseToken), stored hashes (ParsePHC), the login typed
// into a form (NormalizeLogin, ValidLogin), remote addresses (AddrKey).
// Run each with: go test ./internal/auth -fuzz FuzzX -fuzztime 60s

func FuzzParseToken(f *testing.F) {
	tok, _ := NewToken(SessionPrefix)
	api, _ := NewToken(APIPrefix)
	for _, s := range []string{tok, api, "", SessionPrefix, tok + "=", strings.Repeat("A", 47), "tbs_" + strings.Repeat("_", 43), "Bearer " + api} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, prefix := range []string{SessionPrefix, APIPrefix} {
			hash, err := ParseToken(s, prefix)
			if err != nil {
				continue
			}
			if !strings.HasPrefix(s, prefix) || len(s) != len(prefix)+tokenLen || hash != HashToken(s) || len(hash) != 64 {
				t.Fatalf("ParseToken(%q, %q) accepted a malformed token", s, prefix)
			}
		}
	})
}

func FuzzParsePHC(f *testing.F) {
	h, _ := NewHasher(fast)
	good, _ := h.Hash("seed password")
	for _, s := range []string{good, "", "$argon2id$v=19$m=64,t=1,p=1$$", "$argon2id$v=19$m=,t=,p=$a$b", "$$$$$"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, salt, key, err := ParsePHC(s)
		if err != nil {
			return
		}
		if p.Memory == 0 || p.Memory > maxMemory || p.Time == 0 || p.Time > maxTime || p.Threads == 0 ||
			len(salt) < 8 || len(key) < 16 || int(p.KeyLen) != len(key) {
			t.Fatalf("ParsePHC(%q) accepted out-of-bounds parameters %+v", s, p)
		}
	})
}

func FuzzLogin(f *testing.F) {
	for _, s := range []string{"ivan@example.org", " Ivan@Example.org ", "张伟", "", "a\u200bb", "\xff", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeLogin(s)
		if NormalizeLogin(n) != n {
			t.Fatalf("NormalizeLogin is not idempotent on %q: %q then %q", s, n, NormalizeLogin(n))
		}
		if ValidLogin(n) && (len(n) > MaxLoginLen || strings.ContainsAny(n, " \t\n\r")) {
			t.Fatalf("ValidLogin accepted %q", n)
		}
	})
}

func FuzzAddrKey(f *testing.F) {
	for _, s := range []string{"192.0.2.1:80", "[2001:db8::1]:443", "[fe80::1%eth0]:1", "", "::", ":::::", "[::ffff:1.2.3.4]:5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k := AddrKey(s); len(k) > 64 {
			t.Fatalf("AddrKey(%q) = %q, longer than 64 bytes", s, k)
		}
	})
}
