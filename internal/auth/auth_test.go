package auth

import (
	"strings"
	"testing"
	"time"
)

// fast are parameters cheap enough for tests; never use them for real.
var fast = Params{Memory: 64, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

func TestHashVerify(t *testing.T) {
	h, err := NewHasher(fast)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := h.Hash("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Errorf("hash %q is not a PHC argon2id string", enc)
	}
	enc2, _ := h.Hash("correct horse battery staple")
	if enc == enc2 {
		t.Error("two hashes of one password are equal: salt not random")
	}
	tests := []struct {
		password string
		ok       bool
	}{
		{"correct horse battery staple", true},
		{"correct horse battery stapl", false},
		{"", false},
		{"Correct horse battery staple", false},
	}
	for _, tt := range tests {
		ok, rehash, err := h.Verify(tt.password, enc)
		if err != nil || ok != tt.ok || rehash {
			t.Errorf("Verify(%q) = %v, %v, %v; want %v", tt.password, ok, rehash, err, tt.ok)
		}
	}
	stronger, _ := NewHasher(Params{Memory: 128, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32})
	if ok, rehash, _ := stronger.Verify("correct horse battery staple", enc); !ok || !rehash {
		t.Errorf("a hash with older parameters: ok %v, rehash %v; want both", ok, rehash)
	}
	h.VerifyDummy("anything") // must not panic
}

func TestParsePHCRejects(t *testing.T) {
	for _, s := range []string{
		"",
		"$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=18$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=0,t=1,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=64,t=100,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=64,t=1,p=300$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=64,t=1,p=1,x=2$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=64,t=1,p=1$!!$a2V5a2V5a2V5a2V5a2V5a2V5",
		"$argon2id$v=19$m=64,t=1,p=1$c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5", // short salt
	} {
		if _, _, _, err := ParsePHC(s); err == nil {
			t.Errorf("ParsePHC(%q) accepted", s)
		}
	}
}

func TestTokens(t *testing.T) {
	tok, hash := NewToken(SessionPrefix)
	if len(tok) != len(SessionPrefix)+43 {
		t.Fatalf("token %q has length %d", tok, len(tok))
	}
	got, err := ParseToken(tok, SessionPrefix)
	if err != nil || got != hash {
		t.Errorf("ParseToken = %q, %v; want %q", got, err, hash)
	}
	if _, err := ParseToken(tok, APIPrefix); err == nil {
		t.Error("a session token parsed as an API token")
	}
	for _, bad := range []string{"", SessionPrefix, tok + "A", tok[:len(tok)-1], SessionPrefix + strings.Repeat("!", 43), strings.ToUpper(tok)} {
		if _, err := ParseToken(bad, SessionPrefix); err == nil && bad != tok {
			t.Errorf("ParseToken(%q) accepted", bad)
		}
	}
	if other, _ := NewToken(SessionPrefix); other == tok {
		t.Error("two tokens are equal")
	}
}

func TestLogin(t *testing.T) {
	tests := []struct {
		in, norm string
		valid    bool
	}{
		{"  Ivan@Example.ORG ", "ivan@example.org", true},
		{"ЗХАНГ@пример.рф", "зханг@пример.рф", true},
		{"张伟", "张伟", true},
		{"", "", false},
		{"a b", "a b", false},
		{"a\x00b", "a\x00b", false},
		{strings.Repeat("a", 255), strings.Repeat("a", 255), false},
	}
	for _, tt := range tests {
		n := NormalizeLogin(tt.in)
		if n != tt.norm || ValidLogin(n) != tt.valid {
			t.Errorf("NormalizeLogin(%q) = %q (valid %v), want %q (%v)", tt.in, n, ValidLogin(n), tt.norm, tt.valid)
		}
	}
}

func TestCheckPassword(t *testing.T) {
	tests := []struct {
		p  string
		ok bool
	}{
		{"short", false},
		{"twelve chars", true},
		{strings.Repeat("x", MaxPasswordLen), true},
		{strings.Repeat("x", MaxPasswordLen+1), false},
		{"\xff\xfe twelve chars", false},
	}
	for _, tt := range tests {
		if err := CheckPassword(tt.p); (err == nil) != tt.ok {
			t.Errorf("CheckPassword(%d bytes) = %v", len(tt.p), err)
		}
	}
}

func TestAddrKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"192.0.2.7:51234", "192.0.2.7"},
		{"192.0.2.7", "192.0.2.7"},
		{"[2001:db8:1:2:3:4:5:6]:443", "2001:db8:1:2::/64"},
		{"[2001:db8:1:2:ffff::1]:443", "2001:db8:1:2::/64"},
		{"[::ffff:192.0.2.7]:80", "192.0.2.7"},
		{"[fe80::1%eth0]:80", "fe80::/64"},
		{"unix-socket", "unix-socket"},
	}
	for _, tt := range tests {
		if got := AddrKey(tt.in); got != tt.want {
			t.Errorf("AddrKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// clock is a settable time for the limiter tests.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestLimiterBacksOffPerLogin(t *testing.T) {
	c := &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	l := NewLimiter(LimiterConfig{FreeFailures: 3, BaseLockout: time.Second, MaxLockout: 8 * time.Second, AddrBurst: 1000}, c.now)
	// Each step: how long the login is locked after that many failures.
	wantLock := []time.Duration{0, 0, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 8 * time.Second}
	for i, want := range wantLock {
		if _, ok, _ := l.Allow("victim", "192.0.2.1:1"); !ok {
			t.Fatalf("attempt %d refused before its lock", i+1)
		}
		l.Failure("victim")
		wait, ok, first := l.Allow("victim", "192.0.2.2:1")
		if (want == 0) != ok || wait != want || first != !ok {
			t.Errorf("after %d failures: wait %v ok %v first %v, want lock %v", i+1, wait, ok, first, want)
		}
		if _, ok, first := l.Allow("victim", "192.0.2.2:1"); !ok && first {
			t.Errorf("after %d failures: a second refusal of one lock is reported as the first", i+1)
		}
		c.advance(want)
	}
	if _, ok, _ := l.Allow("someone-else", "192.0.2.1:1"); !ok {
		t.Error("another login is locked too")
	}
	l.Success("victim")
	if _, ok, _ := l.Allow("victim", "192.0.2.1:1"); !ok {
		t.Error("a success did not forget the failures")
	}
}

func TestLimiterBucketPerAddress(t *testing.T) {
	c := &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	l := NewLimiter(LimiterConfig{AddrBurst: 3, AddrEvery: 2 * time.Second}, c.now)
	for i := range 3 {
		if _, ok, _ := l.Allow("login"+string(rune('a'+i)), "198.51.100.9:1000"); !ok {
			t.Fatalf("attempt %d of the burst refused", i+1)
		}
	}
	wait, ok, first := l.Allow("other", "198.51.100.9:2000")
	if ok || wait != 2*time.Second || !first {
		t.Errorf("after the burst: wait %v ok %v first %v, want 2s, first", wait, ok, first)
	}
	if _, ok, _ := l.Allow("other", "198.51.100.10:1"); !ok {
		t.Error("another address is throttled too")
	}
	c.advance(2 * time.Second)
	if _, ok, _ := l.Allow("other", "198.51.100.9:1"); !ok {
		t.Error("the bucket did not refill")
	}
}

func TestLimiterStaysBounded(t *testing.T) {
	c := &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	l := NewLimiter(LimiterConfig{MaxEntries: 10}, c.now)
	for i := range 100 {
		l.Allow(string(rune('a'+i%26))+string(rune('0'+i/26)), "203.0.113."+string(rune('0'+i%10))+":1")
		l.Failure(string(rune('a' + i%26)))
	}
	if len(l.logins) > 10 || len(l.addrs) > 10 {
		t.Errorf("limiter holds %d logins and %d addresses, max 10", len(l.logins), len(l.addrs))
	}
}
