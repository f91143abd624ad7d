package main

import (
	"fmt"
	"strings"
	"time"
)

// config is every setting the program reads, with defaults applied.
// Secrets are kept here and never printed: see config.String.
type config struct {
	ArticleFile      string // ARTICLE_FILE; "" means the embedded article
	ArticlePublished string // ARTICLE_PUBLISHED, YYYY-MM-DD; "" means unknown

	SlackBotToken string // SLACK_BOT_TOKEN, xoxb-…
	SlackAppToken string // SLACK_APP_TOKEN, xapp-…
	SlackAPIURL   string // SLACK_API_URL, default https://slack.com/api/

	OpenAIKey     string        // OPENAI_API_KEY; "" turns the model off
	OpenAIBaseURL string        // OPENAI_BASE_URL; "" means OpenAI's
	OpenAIModel   string        // OPENAI_MODEL
	OpenAITimeout time.Duration // OPENAI_TIMEOUT, bounds one answer

	LogFormat    string // LOG_FORMAT: text or json
	LogLevel     string // LOG_LEVEL: debug, info, warn, error
	HealthAddr   string // HEALTH_ADDR, e.g. 127.0.0.1:8080; "" disables
	RedisURL     string // REDIS_URL; "" keeps de-duplication in memory
	FeedbackFile string // FEEDBACK_FILE, JSON lines of 👍/👎 feedback
}

// Defaults for settings that have one.
const (
	defaultSlackAPIURL   = "https://slack.com/api/"
	defaultOpenAIModel   = "gpt-4.1-mini"
	defaultOpenAITimeout = 20 * time.Second
	defaultFeedbackFile  = "feedback.jsonl"
)

// loadConfig reads the settings through getenv, falling back to a .env file
// in the working directory (or the file named by DOTENV) for variables that
// getenv leaves empty: the real environment wins. A malformed .env gives
// a *dotenvError along with the settings read from the environment alone.
func loadConfig(getenv func(string) string) (config, error) {
	file := getenv("DOTENV")
	if file == "" {
		file = ".env"
	}
	// A malformed file is reported after the rest is read, so that the
	// offline commands can go on without it (see run).
	dot, dotErr := readDotenv(file)
	get := func(k string) string {
		if v := getenv(k); v != "" {
			return strings.TrimSpace(v)
		}
		return strings.TrimSpace(dot[k])
	}
	c := config{
		ArticleFile:      get("ARTICLE_FILE"),
		ArticlePublished: get("ARTICLE_PUBLISHED"),
		SlackBotToken:    get("SLACK_BOT_TOKEN"),
		SlackAppToken:    get("SLACK_APP_TOKEN"),
		SlackAPIURL:      get("SLACK_API_URL"),
		OpenAIKey:        get("OPENAI_API_KEY"),
		OpenAIBaseURL:    get("OPENAI_BASE_URL"),
		OpenAIModel:      get("OPENAI_MODEL"),
		LogFormat:        get("LOG_FORMAT"),
		LogLevel:         get("LOG_LEVEL"),
		HealthAddr:       get("HEALTH_ADDR"),
		RedisURL:         get("REDIS_URL"),
		FeedbackFile:     get("FEEDBACK_FILE"),
	}
	if c.SlackAPIURL == "" {
		c.SlackAPIURL = defaultSlackAPIURL
	}
	if !strings.HasSuffix(c.SlackAPIURL, "/") {
		c.SlackAPIURL += "/"
	}
	if c.OpenAIModel == "" {
		c.OpenAIModel = defaultOpenAIModel
	}
	if c.FeedbackFile == "" {
		c.FeedbackFile = defaultFeedbackFile
	}
	c.OpenAITimeout = defaultOpenAITimeout
	if s := get("OPENAI_TIMEOUT"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return config{}, fmt.Errorf("OPENAI_TIMEOUT=%q is not a positive Go duration such as 20s", s)
		}
		c.OpenAITimeout = d
	}
	switch c.LogFormat {
	case "", "text", "json":
	default:
		return config{}, fmt.Errorf("LOG_FORMAT=%q: use text or json", c.LogFormat)
	}
	return c, dotErr
}
