package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"storybot/bot"
	"storybot/metrics"
)

// redisPingTimeout bounds the start-up check of REDIS_URL.
const redisPingTimeout = 5 * time.Second

// newDeduper returns the exactly-once store REDIS_URL asks for, and a
// function that releases it. With REDIS_URL unset it returns a nil Deduper,
// which bot.New replaces with an in-memory one (right for one replica).
// With it set it connects and PINGs, bounded by 5 s, so a wrong URL,
// password or address fails start-up with an error naming REDIS_URL and the
// address but never the password; go-redis's own diagnostics go to log.
func newDeduper(ctx context.Context, cfg config, log *slog.Logger) (bot.Deduper, func(), error) {
	if cfg.RedisURL == "" {
		return nil, func() {}, nil
	}
	bot.SetRedisLogger(log)
	d, err := bot.NewRedisDeduper(cfg.RedisURL)
	if err != nil {
		return nil, nil, err
	}
	pctx, cancel := context.WithTimeout(ctx, redisPingTimeout)
	defer cancel()
	if err := d.Ping(pctx); err != nil {
		d.Close()
		return nil, nil, fmt.Errorf("REDIS_URL: %w (check the address, password and that Redis is running)", err)
	}
	log.Info("exactly-once check shared through Redis", "redis_addr", d.Addr())
	return d, func() {
		if err := d.Close(); err != nil {
			log.Warn("closing redis", "err", err)
		}
	}, nil
}

// startHealth serves /healthz (200 while healthy reports true) and /metrics
// (m's registry) on HEALTH_ADDR until ctx ends. With HEALTH_ADDR unset it
// does nothing and returns "". The address is bound before startHealth
// returns, so a taken or malformed one fails start-up; addr is the bound
// address (with the real port when :0 was asked for). wait blocks until the
// listener has shut down after ctx ends and returns what stopped it.
func startHealth(ctx context.Context, cfg config, m *metrics.Metrics, healthy func() bool, log *slog.Logger) (addr string, wait func() error, err error) {
	if cfg.HealthAddr == "" {
		return "", func() error { return nil }, nil
	}
	s, err := metrics.Listen(cfg.HealthAddr, m.Handler(healthy))
	if err != nil {
		return "", nil, fmt.Errorf("HEALTH_ADDR: %w", err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx) }()
	log.Info("serving /healthz and /metrics", "health_addr", s.Addr())
	return s.Addr(), func() error { return <-done }, nil
}
