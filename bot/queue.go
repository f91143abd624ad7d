package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Queue keeps accepted questions until they are answered, so that a
// replica that dies does not take its questions with it: with a Queue the
// bot adds each question before acking its envelope and takes questions
// from the Queue to answer them. RedisQueue is the implementation.
type Queue interface {
	// Add stores q for a replica to answer. It fails when the store cannot
	// be reached; the bot then answers q itself, as without a Queue.
	Add(ctx context.Context, q Question) error
	// Consume hands questions to handle until ctx ends: new ones, and ones
	// left unfinished by a replica that went quiet (claimed set). handle
	// must return at once and call done exactly once when the question is
	// answered or given up on; a question whose done is never called is
	// answered by another replica later. Consume returns nil when ctx ends.
	Consume(ctx context.Context, handle func(q Question, claimed bool, done func())) error
}

// Question is an accepted message as a Queue stores it.
type Question struct {
	Channel   string `json:"channel"`
	User      string `json:"user,omitempty"`
	Text      string `json:"text"`
	TS        string `json:"ts"`
	ThreadTS  string `json:"thread_ts,omitempty"`
	DM        bool   `json:"dm,omitempty"`
	Kind      string `json:"kind"`
	FollowUp  bool   `json:"follow_up,omitempty"`
	Assistant bool   `json:"assistant,omitempty"`
}

func questionOf(in incoming) Question {
	return Question{Channel: in.channel, User: in.user, Text: in.text, TS: in.ts, ThreadTS: in.threadTS,
		DM: in.dm, Kind: in.kind, FollowUp: in.followUp, Assistant: in.assistant}
}

func (q Question) incoming() incoming {
	return incoming{channel: q.Channel, user: q.User, text: q.Text, ts: q.TS, threadTS: q.ThreadTS,
		dm: q.DM, kind: q.Kind, followUp: q.FollowUp, assistant: q.Assistant}
}

// Names and defaults of a RedisQueue.
const (
	// RedisStreamKey is the stream holding questions not yet answered.
	RedisStreamKey = "storybot:questions"
	// RedisGroup is the consumer group every replica reads the stream in.
	RedisGroup = "storybot"
	// DefaultClaimIdle is how long a question may sit with a replica that
	// shows no sign of life before another replica claims it.
	DefaultClaimIdle = 30 * time.Second
	// streamMaxLen bounds the stream (approximately), in case entries are
	// left behind; answered entries are deleted.
	streamMaxLen = 100_000
)

// RedisQueueOptions configure a RedisQueue; zero fields take defaults.
type RedisQueueOptions struct {
	// Consumer names this replica in the group; default host name, process
	// id and start time, which no other replica shares.
	Consumer string
	// ClaimIdle: see DefaultClaimIdle. A replica touches the entries it is
	// working on every ClaimIdle/3, so only a dead or hung one loses them.
	ClaimIdle time.Duration
	// Prefetch bounds the questions this replica holds at once (read but
	// not done); default 32.
	Prefetch int
}

// RedisQueue is a Queue on a Redis stream read by one consumer group, one
// consumer per replica: XADD to add, XREADGROUP to take new questions,
// XACK and XDEL once answered, XAUTOCLAIM to take over the questions of a
// replica idle for ClaimIdle. Create it with NewRedisQueue; Close it when
// done. It is safe for concurrent use.
type RedisQueue struct {
	client  *redis.Client
	addr    string
	opts    RedisQueueOptions
	closing context.Context // ends with Close
	close   context.CancelFunc
}

// NewRedisQueue returns a RedisQueue on redisURL (REDIS_URL, as for
// NewRedisDeduper). It does not connect; Consume creates the group when
// it is missing. Its errors never contain the URL's password.
func NewRedisQueue(redisURL string, opts RedisQueueOptions) (*RedisQueue, error) {
	ro, err := redis.ParseURL(redisURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL %s is not usable: %s", redactURL(redisURL), scrubSecret(parseErrorText(err), redisURL))
	}
	ro.DialTimeout = 2 * time.Second
	ro.ReadTimeout = 2 * time.Second
	ro.WriteTimeout = time.Second
	ro.MaxRetries = 1
	if opts.Consumer == "" {
		host, _ := os.Hostname()
		opts.Consumer = fmt.Sprintf("%s-%d-%d", host, os.Getpid(), time.Now().UnixNano())
	}
	if opts.ClaimIdle <= 0 {
		opts.ClaimIdle = DefaultClaimIdle
	}
	if opts.Prefetch <= 0 {
		opts.Prefetch = 32
	}
	closing, closeFn := context.WithCancel(context.Background())
	return &RedisQueue{client: redis.NewClient(ro), addr: ro.Addr, opts: opts, closing: closing, close: closeFn}, nil
}

// Consumer returns this replica's consumer name.
func (q *RedisQueue) Consumer() string { return q.opts.Consumer }

// Close releases the connection pool.
func (q *RedisQueue) Close() error {
	q.close()
	if err := q.client.Close(); err != nil {
		return fmt.Errorf("closing redis client: %w", err)
	}
	return nil
}

// Ping creates the consumer group if it is missing, so that a wrong
// REDIS_URL fails at start-up. The error names the address, never the
// password.
func (q *RedisQueue) Ping(ctx context.Context) error {
	err := q.client.XGroupCreateMkStream(ctx, RedisStreamKey, RedisGroup, "0").Err()
	if err != nil && !strings.HasPrefix(err.Error(), "BUSYGROUP") {
		return fmt.Errorf("redis stream at %s: %w", q.addr, err)
	}
	return nil
}

// Add implements Queue with XADD.
func (q *RedisQueue) Add(ctx context.Context, qn Question) error {
	data, err := json.Marshal(qn)
	if err != nil {
		return fmt.Errorf("encoding question: %w", err)
	}
	err = q.client.XAdd(ctx, &redis.XAddArgs{
		Stream: RedisStreamKey, MaxLen: streamMaxLen, Approx: true,
		Values: []any{"q", data},
	}).Err()
	if err != nil {
		return fmt.Errorf("redis stream at %s: %w", q.addr, err)
	}
	return nil
}

// held is the set of entries this replica is working on.
type held struct {
	mu   sync.Mutex
	ids  map[string]bool
	free chan struct{} // one token per free prefetch slot
}

func (h *held) list() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]string, 0, len(h.ids))
	for id := range h.ids {
		out = append(out, id)
	}
	return out
}

// Consume implements Queue. Reading, claiming and touching run until ctx
// ends; Redis errors are retried every second, so an outage delays
// questions but loses none.
func (q *RedisQueue) Consume(ctx context.Context, handle func(Question, bool, func())) error {
	if err := q.Ping(ctx); err != nil && ctx.Err() == nil {
		return err
	}
	h := &held{ids: map[string]bool{}, free: make(chan struct{}, q.opts.Prefetch)}
	for range q.opts.Prefetch {
		h.free <- struct{}{}
	}
	// Touching outlives ctx: questions taken before shutdown are still
	// being answered, and no other replica must claim them meanwhile.
	go q.touchLoop(ctx, h)
	var wg sync.WaitGroup
	wg.Go(func() { q.claimLoop(ctx, h, handle) })
	q.readLoop(ctx, h, handle)
	wg.Wait()
	return nil
}

// take reserves n free slots (at least one, waiting for it), or returns 0
// when ctx ends.
func (h *held) take(ctx context.Context, n int) int {
	select {
	case <-h.free:
	case <-ctx.Done():
		return 0
	}
	got := 1
	for got < n {
		select {
		case <-h.free:
			got++
		default:
			return got
		}
	}
	return got
}

func (h *held) give(n int) {
	for range n {
		h.free <- struct{}{}
	}
}

// dispatch hands the messages to handle, each with its done, and gives
// back the slots of the messages it could not use. Read messages each
// hold a prefetch slot, given back when done; claimed ones hold none.
func (q *RedisQueue) dispatch(h *held, msgs []redis.XMessage, slots int, claimed bool, handle func(Question, bool, func())) {
	slot := 1
	if claimed {
		slot = 0
	}
	h.give(slots - slot*len(msgs))
	for _, m := range msgs {
		var qn Question
		raw, _ := m.Values["q"].(string)
		if err := json.Unmarshal([]byte(raw), &qn); err != nil || qn.Channel == "" {
			q.finish(m.ID) // junk: drop it
			h.give(slot)
			continue
		}
		h.mu.Lock()
		h.ids[m.ID] = true
		h.mu.Unlock()
		var once sync.Once
		id := m.ID
		handle(qn, claimed, func() {
			once.Do(func() {
				q.finish(id)
				h.mu.Lock()
				delete(h.ids, id)
				h.mu.Unlock()
				h.give(slot)
			})
		})
	}
}

// finish acknowledges and deletes an answered entry.
func (q *RedisQueue) finish(id string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, _ = q.client.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.XAck(ctx, RedisStreamKey, RedisGroup, id)
		p.XDel(ctx, RedisStreamKey, id)
		return nil
	})
}

// readLoop takes new entries with XREADGROUP while slots are free.
func (q *RedisQueue) readLoop(ctx context.Context, h *held, handle func(Question, bool, func())) {
	for {
		n := h.take(ctx, q.opts.Prefetch)
		if n == 0 {
			return
		}
		res, err := q.client.XReadGroup(ctx, &redis.XReadGroupArgs{
			Group: RedisGroup, Consumer: q.opts.Consumer, Streams: []string{RedisStreamKey, ">"},
			Count: int64(n), Block: time.Second,
		}).Result()
		var msgs []redis.XMessage
		for _, s := range res {
			msgs = append(msgs, s.Messages...)
		}
		q.dispatch(h, msgs, n, false, handle) // even at shutdown: they are ours now
		if ctx.Err() != nil {
			return
		}
		if err != nil && !errors.Is(err, redis.Nil) {
			if strings.HasPrefix(err.Error(), "NOGROUP") {
				_ = q.Ping(ctx)
			}
			sleep(ctx, time.Second)
		}
	}
}

// claimLoop takes over, every ClaimIdle/8, entries idle for ClaimIdle: a
// question waits at most an eighth longer than ClaimIdle to be claimed.
// Claimed entries take no prefetch slot: the read loop holds those while
// it blocks, and a dead replica's questions must not wait for it.
func (q *RedisQueue) claimLoop(ctx context.Context, h *held, handle func(Question, bool, func())) {
	every := max(q.opts.ClaimIdle/8, 10*time.Millisecond)
	for sleep(ctx, every) {
		start := "0-0"
		for ctx.Err() == nil {
			msgs, next, err := q.client.XAutoClaim(ctx, &redis.XAutoClaimArgs{
				Stream: RedisStreamKey, Group: RedisGroup, Consumer: q.opts.Consumer,
				MinIdle: q.opts.ClaimIdle, Start: start, Count: int64(q.opts.Prefetch),
			}).Result()
			if err != nil {
				break
			}
			// An entry this replica already holds (its touch was late) is
			// not handed out twice.
			var fresh []redis.XMessage
			h.mu.Lock()
			for _, m := range msgs {
				if !h.ids[m.ID] {
					fresh = append(fresh, m)
				}
			}
			h.mu.Unlock()
			q.dispatch(h, fresh, 0, true, handle)
			if next == "0-0" || next == "" {
				break
			}
			start = next
		}
	}
}

// touchLoop resets the idle time of the entries this replica works on
// (XCLAIM to itself), so that no other replica claims them while it lives.
// After ctx ends it goes on until they are all done or q is closed.
func (q *RedisQueue) touchLoop(ctx context.Context, h *held) {
	every := max(q.opts.ClaimIdle/3, 10*time.Millisecond)
	for sleep(q.closing, every) {
		ids := h.list()
		if len(ids) == 0 {
			if ctx.Err() != nil {
				return
			}
			continue
		}
		_ = q.client.XClaimJustID(q.closing, &redis.XClaimArgs{
			Stream: RedisStreamKey, Group: RedisGroup, Consumer: q.opts.Consumer, MinIdle: 0, Messages: ids,
		}).Err()
	}
}

// Pending returns how many entries are read but not yet answered, across
// all replicas, for tests and operators.
func (q *RedisQueue) Pending(ctx context.Context) (int64, error) {
	p, err := q.client.XPending(ctx, RedisStreamKey, RedisGroup).Result()
	if err != nil {
		return 0, fmt.Errorf("redis stream at %s: %w", q.addr, err)
	}
	return p.Count, nil
}

// queueTimeout bounds adding a question to the Queue, which happens before
// its envelope is acked (Slack wants the ack within 3 s).
const queueTimeout = time.Second

// enqueue takes in's exactly-once key and adds it to the Queue, before
// its envelope is acked. If the Queue cannot take it, in is answered in
// process, as without a Queue.
func (b *Bot) enqueue(work context.Context, in incoming) {
	ctx, cancel := context.WithTimeout(work, queueTimeout)
	defer cancel()
	if !b.firstSeen(ctx, in) {
		return
	}
	in.deduped = true
	if err := b.cfg.Queue.Add(ctx, questionOf(in)); err != nil {
		b.log.Warn("question queue unavailable; answering in process", "channel", in.channel, "ts", in.ts, "err", err)
		b.submitMessage(work, in)
	}
}

// consume answers the Queue's questions on the pool until ctx ends. A
// question is done (removed from the Queue) once answered or given up on;
// one still waiting for a worker at shutdown stays for another replica.
func (b *Bot) consume(ctx, work context.Context) {
	err := b.cfg.Queue.Consume(ctx, func(q Question, claimed bool, done func()) {
		in := q.incoming()
		in.deduped = true
		in.recheck = claimed
		if claimed {
			b.delivery().StreamClaimed(1)
			b.log.Info("question claimed from a quiet replica", "channel", in.channel, "ts", in.ts)
		}
		b.submit(work, job{
			kind: "message",
			run: func(ctx context.Context) {
				defer done()
				b.answerMessage(ctx, in)
			},
			apologise: func(ctx context.Context) { b.answerPanicked(ctx, in) },
			abandoned: func() {
				b.log.Warn("question left for another replica at shutdown", "channel", in.channel, "ts", in.ts)
			},
		})
	})
	if err != nil {
		b.log.Error("question queue stopped", "err", err)
	}
}
