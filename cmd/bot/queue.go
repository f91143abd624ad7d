package main

import (
	"context"
	"fmt"
	"log/slog"

	"storybot/bot"
)

// newQueue returns the question queue REDIS_URL asks for, and a function
// that releases it: with REDIS_URL unset, nil (questions are answered in
// process, and a replica killed mid-answer loses the ones it holds). With
// it set, a Redis stream every replica reads in one consumer group, checked
// at start-up (bounded by 5 s) like the Deduper.
func newQueue(ctx context.Context, cfg config, log *slog.Logger) (bot.Queue, func(), error) {
	if cfg.RedisURL == "" {
		return nil, func() {}, nil
	}
	q, err := bot.NewRedisQueue(cfg.RedisURL, bot.RedisQueueOptions{ClaimIdle: cfg.RedisClaimIdle})
	if err != nil {
		return nil, nil, err
	}
	pctx, cancel := context.WithTimeout(ctx, redisPingTimeout)
	defer cancel()
	if err := q.Ping(pctx); err != nil {
		q.Close()
		return nil, nil, fmt.Errorf("REDIS_URL: %w (check the address, password and that Redis is running)", err)
	}
	log.Info("questions kept in a Redis stream until answered", "stream", bot.RedisStreamKey, "consumer", q.Consumer(), "claim_idle", cfg.RedisClaimIdle)
	return q, func() {
		if err := q.Close(); err != nil {
			log.Warn("closing redis queue", "err", err)
		}
	}, nil
}
