package bot

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"storybot/internal/redistest"
)

// startRedis starts a throwaway redis-server for the test; see redistest.Start.
func startRedis(t *testing.T, extra ...string) string {
	t.Helper()
	return redistest.Start(t, extra...)
}

// newRedisDeduper returns a RedisDeduper for url, pinged and closed at the
// end of the test.
func newRedisDeduper(t *testing.T, url string) *RedisDeduper {
	t.Helper()
	d, err := NewRedisDeduper(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	if err := d.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestRedisDeduperReplicasShareKeys(t *testing.T) {
	addr := startRedis(t)
	url := "redis://" + addr + "/0"
	a, b := newRedisDeduper(t, url), newRedisDeduper(t, url) // two replicas
	if a.Addr() != addr {
		t.Errorf("Addr() = %q, want %q", a.Addr(), addr)
	}
	ctx := context.Background()
	const ttl = time.Hour

	steps := []struct {
		d    *RedisDeduper
		name string
		key  string
		want bool
	}{
		{a, "a", "T1:1700000000.000100", true},
		{b, "b", "T1:1700000000.000100", false}, // redelivered to the other replica
		{a, "a", "T1:1700000000.000100", false},
		{b, "b", "T1:1700000000.000200", true},
		{a, "a", "T1:1700000000.000200", false},
	}
	for _, s := range steps {
		got, err := s.d.FirstSeen(ctx, s.key, ttl)
		if err != nil {
			t.Fatalf("%s.FirstSeen(%q): %v", s.name, s.key, err)
		}
		if got != s.want {
			t.Errorf("%s.FirstSeen(%q) = %v, want %v", s.name, s.key, got, s.want)
		}
	}

	raw := redis.NewClient(&redis.Options{Addr: addr})
	defer raw.Close()
	pttl, err := raw.PTTL(ctx, RedisKeyPrefix+"T1:1700000000.000100").Result()
	if err != nil {
		t.Fatal(err)
	}
	if pttl <= 0 || pttl > ttl {
		t.Errorf("stored key has TTL %v, want within (0, %v]", pttl, ttl)
	}
}

func TestRedisDeduperTTLExpiry(t *testing.T) {
	d := newRedisDeduper(t, "redis://"+startRedis(t))
	ctx := context.Background()
	const ttl = 700 * time.Millisecond // sub-second: exercises PX

	if got, err := d.FirstSeen(ctx, "expiring", ttl); err != nil || !got {
		t.Fatalf("first FirstSeen = %v, %v; want true, nil", got, err)
	}
	if got, err := d.FirstSeen(ctx, "expiring", ttl); err != nil || got {
		t.Fatalf("second FirstSeen = %v, %v; want false, nil", got, err)
	}
	// Once the TTL has passed, the key is new again. Poll rather than
	// assume how precisely Redis expires keys.
	time.Sleep(ttl)
	deadline := time.Now().Add(10 * time.Second)
	for {
		got, err := d.FirstSeen(ctx, "expiring", ttl)
		if err != nil {
			t.Fatal(err)
		}
		if got {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("key still seen long after its %v TTL", ttl)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestRedisDeduperConcurrentExactlyOnce(t *testing.T) {
	url := "redis://" + startRedis(t)
	replicas := []*RedisDeduper{newRedisDeduper(t, url), newRedisDeduper(t, url)}
	ctx := context.Background()
	const goroutines, rounds = 50, 10
	for round := range rounds {
		key := fmt.Sprintf("C1:round%d", round)
		var wins, fails atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range goroutines {
			d := replicas[i%len(replicas)]
			wg.Go(func() {
				<-start
				ok, err := d.FirstSeen(ctx, key, time.Minute)
				if err != nil {
					fails.Add(1)
					t.Errorf("FirstSeen: %v", err)
					return
				}
				if ok {
					wins.Add(1)
				}
			})
		}
		close(start)
		wg.Wait()
		if got := wins.Load(); got != 1 || fails.Load() != 0 {
			t.Fatalf("round %d: %d of %d concurrent FirstSeen calls returned true (%d failed), want exactly 1",
				round, got, goroutines, fails.Load())
		}
	}
}

func TestRedisDeduperErrorsHideThePassword(t *testing.T) {
	const secret = "s3cr3tPW"
	bad := []string{
		"redis://user:" + secret + "@127.0.0.1:notaport/0",
		"http://user:" + secret + "@127.0.0.1:6379",
		"redis://:" + secret + "@127.0.0.1:6379/notadb",
		"redis://:" + secret + "@127.0.0.1:6379/0?dial_timeout=soon",
		"redis://:" + secret + "@127.0.0.1:6379/0?nosuchoption=1",
		"redis://:" + secret + " x@127.0.0.1:6379/0",
		"redis://user:" + secret + "@[::1/0",
		"::" + secret,
	}
	for _, u := range bad {
		_, err := NewRedisDeduper(u)
		if err == nil {
			t.Errorf("NewRedisDeduper(%q) succeeded, want an error", u)
			continue
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("NewRedisDeduper error reveals the password: %v", err)
		}
		if !strings.Contains(err.Error(), "REDIS_URL") {
			t.Errorf("NewRedisDeduper error %q does not name REDIS_URL", err)
		}
	}

	// A wrong password against a real server fails at Ping, clearly.
	addr := startRedis(t, "--requirepass", "right-password")
	d, err := NewRedisDeduper("redis://:" + secret + "@" + addr + "/0")
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	err = d.Ping(context.Background())
	if err == nil {
		t.Fatal("Ping with a wrong password succeeded")
	}
	if strings.Contains(err.Error(), secret) {
		t.Errorf("Ping error reveals the password: %v", err)
	}
	if !strings.Contains(err.Error(), addr) {
		t.Errorf("Ping error %q does not name the address %s", err, addr)
	}
	// And the right one works.
	newRedisDeduper(t, "redis://:right-password@"+addr+"/0")
}

// redisLogBuffer is an io.Writer safe for concurrent use.
type redisLogBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *redisLogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *redisLogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestRedisDeduperUnreachable(t *testing.T) {
	var logs redisLogBuffer
	SetRedisLogger(slog.New(slog.NewTextHandler(&logs, nil)))
	t.Cleanup(func() { SetRedisLogger(slog.New(slog.NewTextHandler(os.Stderr, nil))) })

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	d, err := NewRedisDeduper("redis://" + addr)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := d.Ping(ctx); err == nil {
		t.Error("Ping to a closed port succeeded")
	}
	if _, err := d.FirstSeen(ctx, "k", time.Minute); err == nil {
		t.Error("FirstSeen with Redis down succeeded, want an error")
	}
	if got := logs.String(); !strings.Contains(got, "level=WARN msg=\"redis client\"") {
		t.Errorf("go-redis diagnostics did not reach the slog logger; got %q", got)
	}
}

func TestRedisDeduperRejectsBadTTLAndClosed(t *testing.T) {
	d, err := NewRedisDeduper("redis://" + startRedis(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, ttl := range []time.Duration{0, -time.Second} {
		if _, err := d.FirstSeen(ctx, "k", ttl); err == nil {
			t.Errorf("FirstSeen with ttl %v succeeded, want an error (a key without expiry is kept forever)", ttl)
		}
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := d.FirstSeen(ctx, "k", time.Minute); err == nil {
		t.Error("FirstSeen after Close succeeded")
	}
}

// RedisDeduper must satisfy the interface the bot consumes.
var _ Deduper = (*RedisDeduper)(nil)
