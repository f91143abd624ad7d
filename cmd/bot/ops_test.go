package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"storybot/internal/redistest"
	"storybot/metrics"
)

func TestOpsNewDeduperWithoutRedisURL(t *testing.T) {
	d, closeFn, err := newDeduper(context.Background(), config{}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer closeFn()
	if d != nil {
		t.Errorf("without REDIS_URL got %T, want nil (bot.New's in-memory default)", d)
	}
}

func TestOpsNewDeduperSharesThroughRedis(t *testing.T) {
	addr := redistest.Start(t, "--requirepass", "pw-for-test")
	var logs bytes.Buffer
	cfg := config{RedisURL: "redis://:pw-for-test@" + addr + "/0"}
	log := newLogger(cfg, &logs)
	ctx := context.Background()
	a, closeA, err := newDeduper(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer closeA()
	b, closeB, err := newDeduper(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer closeB()
	if ok, err := a.FirstSeen(ctx, "ops:1", time.Minute); !ok || err != nil {
		t.Fatalf("replica a FirstSeen = %v, %v; want true", ok, err)
	}
	if ok, err := b.FirstSeen(ctx, "ops:1", time.Minute); ok || err != nil {
		t.Fatalf("replica b FirstSeen = %v, %v; want false", ok, err)
	}
	if !strings.Contains(logs.String(), addr) || strings.Contains(logs.String(), "pw-for-test") {
		t.Errorf("start-up log should name %s and never the password:\n%s", addr, logs.String())
	}
}

func TestOpsNewDeduperFailsClearly(t *testing.T) {
	const secret = "n0t-the-pw"
	addr := redistest.Start(t, "--requirepass", "the-right-pw")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()

	tests := []struct {
		name, url, want string
	}{
		{"wrong password", "redis://:" + secret + "@" + addr + "/0", addr},
		{"nothing listening", "redis://:" + secret + "@" + closed + "/0", closed},
		{"not a redis URL", "http://:" + secret + "@" + addr, "REDIS_URL"},
		{"bad database", "redis://:" + secret + "@" + addr + "/zero", "REDIS_URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs bytes.Buffer
			cfg := config{RedisURL: tt.url}
			d, closeFn, err := newDeduper(context.Background(), cfg, newLogger(cfg, &logs))
			if err == nil {
				closeFn()
				t.Fatalf("newDeduper(%s) succeeded with %T", tt.name, d)
			}
			msg := err.Error()
			if !strings.Contains(msg, "REDIS_URL") || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q should name REDIS_URL and %q", msg, tt.want)
			}
			if strings.Contains(msg, secret) || strings.Contains(logs.String(), secret) {
				t.Errorf("password leaked: error %q, logs %q", msg, logs.String())
			}
		})
	}
}

func TestOpsStartHealth(t *testing.T) {
	log := slog.New(slog.DiscardHandler)

	// Off without HEALTH_ADDR.
	addr, wait, err := startHealth(context.Background(), config{}, metrics.New(), nil, log)
	if err != nil || addr != "" || wait() != nil {
		t.Fatalf("without HEALTH_ADDR: %q, %v; want nothing started", addr, err)
	}

	m := metrics.New()
	var up atomic.Bool
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, wait, err = startHealth(ctx, config{HealthAddr: "127.0.0.1:0"}, m, up.Load, log)
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, _ := get("/healthz"); code != http.StatusServiceUnavailable {
		t.Errorf("/healthz while down = %d, want 503", code)
	}
	up.Store(true)
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz while up = %d, want 200", code)
	}
	m.EventReceived("events_api")
	if code, body := get("/metrics"); code != http.StatusOK || !strings.Contains(body, metrics.NameEventsReceived+`{type="events_api"} 1`) {
		t.Errorf("/metrics = %d without the event counted:\n%s", code, body)
	}

	// The same address again: start-up fails, naming the variable.
	if _, _, err := startHealth(ctx, config{HealthAddr: addr}, m, up.Load, log); err == nil || !strings.Contains(err.Error(), "HEALTH_ADDR") {
		t.Errorf("second listener on %s: err = %v, want an error naming HEALTH_ADDR", addr, err)
	}

	http.DefaultClient.CloseIdleConnections()
	cancel()
	if err := wait(); err != nil {
		t.Errorf("after shutdown: %v", err)
	}
	if _, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		t.Errorf("%s still accepts connections after shutdown", addr)
	}
}
