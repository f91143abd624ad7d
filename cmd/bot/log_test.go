package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func TestNewLoggerLevels(t *testing.T) {
	tests := []struct {
		level string
		want  []string // the levels that get through, in order
	}{
		{"", []string{"INFO", "WARN", "ERROR"}},
		{"debug", []string{"DEBUG", "INFO", "WARN", "ERROR"}},
		{"DEBUG", []string{"DEBUG", "INFO", "WARN", "ERROR"}},
		{"info", []string{"INFO", "WARN", "ERROR"}},
		{"warn", []string{"WARN", "ERROR"}},
		{"Warning", []string{"WARN", "ERROR"}},
		{"error", []string{"ERROR"}},
	}
	for _, tt := range tests {
		for _, format := range []string{"text", "json"} {
			t.Run(format+"/"+tt.level, func(t *testing.T) {
				var buf bytes.Buffer
				log := newLogger(config{LogFormat: format, LogLevel: tt.level}, &buf)
				log.Debug("d")
				log.Info("i")
				log.Warn("w")
				log.Error("e")
				got := logLevels(t, format, buf.String())
				if strings.Join(got, " ") != strings.Join(tt.want, " ") {
					t.Errorf("LOG_LEVEL=%q logged levels %v, want %v\n%s", tt.level, got, tt.want, buf.String())
				}
			})
		}
	}
}

// logLevels returns the level of each line of out, parsing it as format.
func logLevels(t *testing.T, format, out string) []string {
	t.Helper()
	var levels []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		switch format {
		case "json":
			var rec map[string]any
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("LOG_FORMAT=json wrote a line that is not JSON: %q: %v", line, err)
			}
			levels = append(levels, fmt.Sprint(rec["level"]))
		default:
			if strings.HasPrefix(line, "{") {
				t.Fatalf("text format wrote JSON: %q", line)
			}
			_, rest, ok := strings.Cut(line, "level=")
			if !ok {
				t.Fatalf("text line without level: %q", line)
			}
			lvl, _, _ := strings.Cut(rest, " ")
			levels = append(levels, lvl)
		}
	}
	return levels
}

func TestNewLoggerUnknownLevelWarnsOnce(t *testing.T) {
	var buf bytes.Buffer
	log := newLogger(config{LogLevel: "verbose"}, &buf)
	log.Debug("hidden")
	log.Info("shown")
	out := buf.String()
	if n := strings.Count(out, "LOG_LEVEL"); n != 1 {
		t.Errorf("want exactly one warning naming LOG_LEVEL, got %d:\n%s", n, out)
	}
	if !strings.Contains(out, "level=WARN") || !strings.Contains(out, "log_level=verbose") {
		t.Errorf("warning should be at WARN and quote the value:\n%s", out)
	}
	if strings.Contains(out, "hidden") || !strings.Contains(out, "shown") {
		t.Errorf("unknown level should fall back to info:\n%s", out)
	}
}

// logSecretStringer hides nothing: its printed form carries a token.
type logSecretStringer struct{ Token string }

func TestNewLoggerRedactsSecrets(t *testing.T) {
	cfg := config{
		SlackBotToken: "xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOpQrStUvWx",
		SlackAppToken: "xapp-1-A0000000000-3333333333-deadbeefdeadbeef",
		OpenAIKey:     "ollama-local-key-42", // not sk-shaped: caught because it is configured
		RedisURL:      "redis://:hunter2hunter2@127.0.0.1:6379/0",
	}
	unconfigured := []string{
		"xoxp-9999999999-8888888888-7777777777-abcdef0123456789",
		"xoxe.xoxp-1-refresh", // a refresh token: its xoxp- part is caught
		"sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
		"sk-abcdefghijklmnopqrstuvwxyz012345",
	}
	secrets := []string{
		cfg.SlackBotToken, cfg.SlackAppToken, cfg.OpenAIKey, "hunter2hunter2",
		unconfigured[0], unconfigured[2], unconfigured[3],
		"eyJhbGciOiJIUzI1NiJ9.payload.sig", "other-pass-word",
	}
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			log := newLogger(config{
				LogFormat: format, LogLevel: "debug",
				SlackBotToken: cfg.SlackBotToken, SlackAppToken: cfg.SlackAppToken,
				OpenAIKey: cfg.OpenAIKey, RedisURL: cfg.RedisURL,
			}, &buf)
			log.Info("connecting with " + cfg.SlackAppToken)
			log.With("token", cfg.SlackBotToken).Info("with attr")
			log.Info("attrs",
				"key", cfg.OpenAIKey,
				"user_token", unconfigured[0],
				"refresh", unconfigured[1],
				"err", fmt.Errorf("auth failed for %s: %w", unconfigured[2], errors.New("invalid_auth")),
				"header", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig",
				"redis", cfg.RedisURL,
				"proxy", "http://bob:other-pass-word@proxy.example:3128",
				"stringer", logSecretStringer{unconfigured[3]},
				slog.Group("slack", "bot_token", cfg.SlackBotToken),
			)
			log.Debug("plain", "words", "task-force sky-high risk-free xoxb mask-on", "n", 42)

			out := buf.String()
			for _, s := range secrets {
				if strings.Contains(out, s) {
					t.Errorf("log output contains secret %q:\n%s", s, out)
				}
			}
			for _, keep := range []string{"connecting with " + redacted, "xoxp-" + redacted, "sk-" + redacted,
				"redis://:" + redacted + "@127.0.0.1:6379/0", "http://bob:" + redacted + "@proxy.example:3128",
				"Bearer " + redacted, "invalid_auth", "task-force sky-high risk-free xoxb mask-on"} {
				if !strings.Contains(out, keep) {
					t.Errorf("log output lacks %q (redaction too broad or too narrow):\n%s", keep, out)
				}
			}
			if format == "json" {
				// Ordinary values keep their type.
				sc := bufio.NewScanner(strings.NewReader(out))
				var last map[string]any
				for sc.Scan() {
					last = nil
					if err := json.Unmarshal(sc.Bytes(), &last); err != nil {
						t.Fatalf("not JSON: %q", sc.Text())
					}
				}
				if n, ok := last["n"].(float64); !ok || n != 42 {
					t.Errorf("n = %#v, want the number 42", last["n"])
				}
			}
		})
	}
}

func TestRedactorShortConfiguredValuesIgnored(t *testing.T) {
	// A tiny configured "secret" must not blank out ordinary words.
	r := newRedactor(config{OpenAIKey: "a"})
	if got := r.string("a cat"); got != "a cat" {
		t.Errorf("redact(%q) = %q", "a cat", got)
	}
}

func BenchmarkRedactorPlain(b *testing.B) {
	r := newRedactor(config{SlackBotToken: "xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOp"})
	s := "answered question in channel C0123 thread 1700000000.000100 mode=lookup found=true"
	for b.Loop() {
		r.string(s)
	}
}
