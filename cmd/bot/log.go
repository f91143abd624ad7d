package main

import (
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
)

// newLogger builds the program's one logger: slog text lines on w by
// default, JSON lines with LOG_FORMAT=json, at the level LOG_LEVEL names
// (debug, info, warn or error, any case; default info). An unknown level
// is logged once as a warning and info is used.
//
// Every message and attribute value passes through a redactor that
// replaces anything shaped like a secret (Slack xox…-/xapp- tokens, OpenAI
// sk- keys, Bearer credentials, passwords in URLs) and the configured
// tokens themselves, whatever their shape: belt and braces, since no code
// should log them in the first place.
func newLogger(cfg config, w io.Writer) *slog.Logger {
	level := slog.LevelInfo
	var badLevel string
	if s := strings.TrimSpace(cfg.LogLevel); s != "" {
		if strings.EqualFold(s, "warning") {
			s = "warn"
		}
		if err := level.UnmarshalText([]byte(s)); err != nil {
			level, badLevel = slog.LevelInfo, s
		}
	}
	r := newRedactor(cfg)
	opts := &slog.HandlerOptions{
		Level:       level,
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr { return r.attr(a) },
	}
	var h slog.Handler
	if strings.EqualFold(cfg.LogFormat, "json") {
		h = slog.NewJSONHandler(w, opts)
	} else {
		h = slog.NewTextHandler(w, opts)
	}
	log := slog.New(h)
	if badLevel != "" {
		log.Warn("unknown LOG_LEVEL, using info; use debug, info, warn or error", "log_level", badLevel)
	}
	return log
}

// redacted replaces a secret in log output.
const redacted = "[redacted]"

// secretPatterns match strings shaped like credentials. Each keeps a short
// prefix (submatch 1) so a reader can tell what kind of secret was there,
// and any suffix in submatch 2.
var secretPatterns = []*regexp.Regexp{
	regexp.MustCompile(`\b(xox[a-z]-)[A-Za-z0-9-]+`),                          // Slack bot, user, refresh tokens
	regexp.MustCompile(`\b(xapp-)[A-Za-z0-9-]+`),                              // Slack app-level tokens
	regexp.MustCompile(`\b(sk-)[A-Za-z0-9_-]{16,}`),                           // OpenAI (and compatible) keys
	regexp.MustCompile(`(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]+`),                // Authorization headers
	regexp.MustCompile(`\b([a-zA-Z][a-zA-Z0-9+.-]*://[^\s:/@]*:)[^\s@/]+(@)`), // user:password@ in URLs
}

// secretHints are cheap substring checks: a value containing none of them
// cannot match secretPatterns, so most values skip the regular expressions.
var secretHints = []string{"xox", "xapp-", "sk-", "earer", "EARER", "://"}

// redactor scrubs secrets from log attributes.
type redactor struct {
	exact []string // configured secrets, removed whatever their shape
}

// newRedactor returns a redactor that also knows cfg's own secrets.
func newRedactor(cfg config) *redactor {
	r := &redactor{}
	for _, s := range []string{cfg.SlackBotToken, cfg.SlackAppToken, cfg.OpenAIKey, urlPassword(cfg.RedisURL)} {
		// Very short values would blank out ordinary words; the patterns
		// still catch real tokens.
		if len(s) >= 8 {
			r.exact = append(r.exact, s)
		}
	}
	return r
}

// urlPassword returns the password in raw, a URL, or "".
func urlPassword(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return ""
	}
	p, _ := u.User.Password()
	return p
}

// string returns s with every secret replaced.
func (r *redactor) string(s string) string {
	for _, e := range r.exact {
		s = strings.ReplaceAll(s, e, redacted)
	}
	hinted := false
	for _, h := range secretHints {
		if strings.Contains(s, h) {
			hinted = true
			break
		}
	}
	if !hinted {
		return s
	}
	for _, re := range secretPatterns {
		s = re.ReplaceAllString(s, "${1}"+redacted+"${2}")
	}
	return s
}

// attr returns a with its value scrubbed. Strings are redacted in place;
// errors and other values are redacted through their printed form, and
// replaced by that string only when it held a secret, so ordinary values
// keep their type (numbers stay numbers in JSON).
func (r *redactor) attr(a slog.Attr) slog.Attr {
	switch a.Value.Kind() {
	case slog.KindString:
		if s := a.Value.String(); s != "" {
			if red := r.string(s); red != s {
				a.Value = slog.StringValue(red)
			}
		}
	case slog.KindAny:
		var s string
		if err, ok := a.Value.Any().(error); ok {
			s = err.Error()
		} else {
			s = fmt.Sprintf("%+v", a.Value.Any())
		}
		if red := r.string(s); red != s {
			a.Value = slog.StringValue(red)
		}
	}
	return a
}
