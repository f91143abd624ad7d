package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// RedisKeyPrefix is prepended to every key a RedisDeduper stores, so the
// bot's keys are recognisable and cannot collide with other data in the
// same Redis database.
const RedisKeyPrefix = "storybot:seen:"

// RedisDeduper is a Deduper shared by every replica that points at the same
// Redis: the first replica to SET a key (NX, with the TTL) answers the
// event; the others see it as already handled. It is safe for concurrent
// use. Create it with NewRedisDeduper and Close it when done.
type RedisDeduper struct {
	client *redis.Client
	addr   string // host:port or socket path, for messages; never the password
}

// NewRedisDeduper returns a RedisDeduper for redisURL (REDIS_URL), of the
// form redis://[user:password@]host:port[/db] (rediss:// for TLS, unix://
// for a socket). It does not connect: call Ping to check the server at
// startup. Its errors never contain the URL's password.
func NewRedisDeduper(redisURL string) (*RedisDeduper, error) {
	opts, err := redis.ParseURL(redisURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL %s is not usable: %s", redactURL(redisURL), scrubSecret(parseErrorText(err), redisURL))
	}
	// Fail fast when Redis is down rather than after go-redis's defaults
	// (5 s dial, 3 retries): an event is waiting for its answer.
	opts.DialTimeout = 2 * time.Second
	opts.ReadTimeout = time.Second
	opts.WriteTimeout = time.Second
	opts.MaxRetries = 1
	opts.DialerRetries = 2
	return &RedisDeduper{client: redis.NewClient(opts), addr: opts.Addr}, nil
}

// Ping checks that the Redis server answers and accepts the credentials, so
// a wrong REDIS_URL fails clearly at startup instead of at the first event.
// The error names the address, never the password.
func (d *RedisDeduper) Ping(ctx context.Context) error {
	if err := d.client.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redis at %s does not answer: %w", d.addr, err)
	}
	return nil
}

// Addr returns the Redis server's address (host:port or socket path), for
// logs; it never includes credentials.
func (d *RedisDeduper) Addr() string { return d.addr }

// FirstSeen implements Deduper with SET key NX PX ttl: it reports true to
// exactly one caller across all replicas until the key expires. ttl must be
// positive (Redis keeps keys without one forever). It fails when Redis
// cannot be reached; the caller decides whether to answer anyway.
func (d *RedisDeduper) FirstSeen(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	if ttl <= 0 {
		return false, fmt.Errorf("dedupe ttl %v is not positive", ttl)
	}
	if ttl < time.Millisecond {
		ttl = time.Millisecond // Redis's finest expiry
	}
	// go-redis's SetNX sends SET key 1 PX|EX ttl NX (not the old SETNX
	// command), one atomic round trip.
	ok, err := d.client.SetNX(ctx, RedisKeyPrefix+key, 1, ttl).Result()
	if err != nil {
		return false, fmt.Errorf("redis dedupe at %s: %w", d.addr, err)
	}
	return ok, nil
}

// Close releases the connection pool. FirstSeen fails after Close.
func (d *RedisDeduper) Close() error {
	if err := d.client.Close(); err != nil {
		return fmt.Errorf("closing redis client: %w", err)
	}
	return nil
}

// parseErrorText returns the text of a redis.ParseURL error without the URL
// that net/url puts in its own errors (which would include a password).
func parseErrorText(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err.Error()
	}
	return err.Error()
}

// redactURL returns raw with any password replaced by "xxxxx", or a
// placeholder when raw does not parse as a URL.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable)"
	}
	return u.Redacted()
}

// scrubSecret removes raw's userinfo (user:password), if any, from msg:
// belt and braces in case an error quotes it.
func scrubSecret(msg, raw string) string {
	i := strings.Index(raw, "://")
	if i < 0 {
		return msg
	}
	rest := raw[i+len("://"):]
	at := strings.LastIndexByte(rest, '@')
	if at <= 0 {
		return msg
	}
	return strings.ReplaceAll(msg, rest[:at], "xxxxx")
}

// SetRedisLogger sends go-redis's own diagnostics (pool dial failures and
// the like, printed to stderr by default) to log at warn level instead.
// go-redis keeps one logger per process, so this affects every client;
// call it once at startup.
func SetRedisLogger(log *slog.Logger) {
	redis.SetLogger(redisLogger{log})
}

// redisLogger adapts a *slog.Logger to go-redis's logging interface.
type redisLogger struct{ log *slog.Logger }

func (l redisLogger) Printf(ctx context.Context, format string, v ...any) {
	l.log.WarnContext(ctx, "redis client", "detail", fmt.Sprintf(format, v...))
}

// Release implements Releaser with DEL: key counts as unseen again on
// every replica. It fails when Redis cannot be reached.
func (d *RedisDeduper) Release(ctx context.Context, key string) error {
	if err := d.client.Del(ctx, RedisKeyPrefix+key).Err(); err != nil {
		return fmt.Errorf("redis dedupe at %s: %w", d.addr, err)
	}
	return nil
}
