package auth

import (
	"math"
	"net"
	"net/netip"
	"sync"
	"time"
)

// LimiterConfig tunes the sign-in rate limiter. Zero fields take the
// defaults of DefaultLimiterConfig.
type LimiterConfig struct {
	// FreeFailures is how many consecutive failures one login may have
	// before it is locked; each further failure doubles the lock, from
	// BaseLockout up to MaxLockout. A success forgets the failures, and so
	// does ForgetAfter without any.
	FreeFailures int
	BaseLockout  time.Duration
	MaxLockout   time.Duration
	ForgetAfter  time.Duration
	// An address (IPv4, or the /64 of IPv6) may try AddrBurst times at once
	// and then once every AddrEvery, whatever the logins: a token bucket.
	AddrBurst int
	AddrEvery time.Duration
	// MaxEntries bounds the logins and the addresses tracked, each.
	MaxEntries int
}

// DefaultLimiterConfig: five free failures, then locks of 1 s, 2 s, 4 s …
// up to 15 min; 30 attempts per address at once, then one every 2 s.
var DefaultLimiterConfig = LimiterConfig{
	FreeFailures: 5, BaseLockout: time.Second, MaxLockout: 15 * time.Minute, ForgetAfter: 24 * time.Hour,
	AddrBurst: 30, AddrEvery: 2 * time.Second, MaxEntries: 100_000,
}

// Limiter slows down password guessing. It counts by login, whether or not
// an account has it, so that its answers never tell whether one exists; and
// by address, so that one machine cannot try many logins quickly.
//
// It keeps its counts in memory: they are lost on restart and not shared
// between processes. That is deliberate: a persisted counter would put a
// database write on every failed attempt, which is itself an easy load to
// cause, and a restart gives an attacker at most one fresh allowance.
type Limiter struct {
	cfg LimiterConfig
	now func() time.Time

	mu     sync.Mutex
	logins map[string]*lockout
	addrs  map[string]*bucket
}

type lockout struct {
	failures int
	last     time.Time // last failure
	until    time.Time
	refused  bool // an attempt was refused during the current lock
}

type bucket struct {
	tokens  float64
	at      time.Time // when tokens was computed
	refused bool      // an attempt was refused since the bucket last had room
}

// NewLimiter returns a limiter; now may be nil (time.Now).
func NewLimiter(cfg LimiterConfig, now func() time.Time) *Limiter {
	d := DefaultLimiterConfig
	if cfg.FreeFailures <= 0 {
		cfg.FreeFailures = d.FreeFailures
	}
	if cfg.BaseLockout <= 0 {
		cfg.BaseLockout = d.BaseLockout
	}
	if cfg.MaxLockout <= 0 {
		cfg.MaxLockout = d.MaxLockout
	}
	if cfg.ForgetAfter <= 0 {
		cfg.ForgetAfter = d.ForgetAfter
	}
	if cfg.AddrBurst <= 0 {
		cfg.AddrBurst = d.AddrBurst
	}
	if cfg.AddrEvery <= 0 {
		cfg.AddrEvery = d.AddrEvery
	}
	if cfg.MaxEntries <= 0 {
		cfg.MaxEntries = d.MaxEntries
	}
	if now == nil {
		now = time.Now
	}
	return &Limiter{cfg: cfg, now: now, logins: map[string]*lockout{}, addrs: map[string]*bucket{}}
}

// Allow reports whether an attempt for login from addr (a remote address,
// host:port or host) may go ahead, and otherwise how long to wait and
// whether this is the first refusal of the current lock (so that a flood
// of refused attempts is recorded once, not once each). An allowed attempt
// uses up one of the address's allowance.
func (l *Limiter) Allow(login, addr string) (wait time.Duration, ok, first bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if lo := l.logins[login]; lo != nil && now.Before(lo.until) {
		first, lo.refused = !lo.refused, true
		return lo.until.Sub(now), false, first
	}
	key := AddrKey(addr)
	b := l.addrs[key]
	if b == nil {
		l.makeRoom(now)
		b = &bucket{tokens: float64(l.cfg.AddrBurst), at: now}
		l.addrs[key] = b
	}
	b.refill(now, l.cfg)
	if b.tokens < 1 {
		first, b.refused = !b.refused, true
		return time.Duration((1 - b.tokens) * float64(l.cfg.AddrEvery)), false, first
	}
	b.tokens--
	b.refused = false
	return 0, true, false
}

// Failure records a failed attempt for login.
func (l *Limiter) Failure(login string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	lo := l.logins[login]
	if lo == nil || now.Sub(lo.last) > l.cfg.ForgetAfter {
		if lo == nil {
			l.makeRoom(now)
		}
		lo = &lockout{}
		l.logins[login] = lo
	}
	lo.failures++
	lo.last = now
	if over := lo.failures - l.cfg.FreeFailures; over >= 0 {
		lock := l.cfg.MaxLockout
		if over < 30 { // beyond that the shift overflows; the cap applies anyway
			lock = min(l.cfg.BaseLockout<<over, l.cfg.MaxLockout)
		}
		lo.until = now.Add(lock)
		lo.refused = false
	}
}

// Success forgets the failures of login.
func (l *Limiter) Success(login string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.logins, login)
}

func (b *bucket) refill(now time.Time, cfg LimiterConfig) {
	if elapsed := now.Sub(b.at); elapsed > 0 {
		b.tokens = math.Min(float64(cfg.AddrBurst), b.tokens+float64(elapsed)/float64(cfg.AddrEvery))
		b.at = now
	}
}

// makeRoom drops stale entries when a map is full: logins whose lock has
// passed and whose failures are forgotten, addresses whose bucket is full
// again. If none is stale it drops arbitrary ones, which can only favour an
// attacker who has already filled the table from many addresses.
func (l *Limiter) makeRoom(now time.Time) {
	if len(l.logins) >= l.cfg.MaxEntries {
		for k, lo := range l.logins {
			if now.After(lo.until) && now.Sub(lo.last) > l.cfg.ForgetAfter || len(l.logins) >= l.cfg.MaxEntries {
				delete(l.logins, k)
			}
		}
	}
	if len(l.addrs) >= l.cfg.MaxEntries {
		for k, b := range l.addrs {
			b.refill(now, l.cfg)
			if b.tokens >= float64(l.cfg.AddrBurst) || len(l.addrs) >= l.cfg.MaxEntries {
				delete(l.addrs, k)
			}
		}
	}
}

// AddrKey is the key of a remote address for the limiter: the IPv4
// address, or the /64 network of an IPv6 address (one subscriber usually
// has a whole /64). Anything unparsable is its own key, cut to 64 bytes.
func AddrKey(remote string) string {
	host := remote
	if h, _, err := net.SplitHostPort(remote); err == nil {
		host = h
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		if len(host) > 64 {
			host = host[:64]
		}
		return host
	}
	a = a.Unmap().WithZone("")
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}
