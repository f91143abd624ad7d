package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"storybot/bot"
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
	WordNetDir    string        // WORDNET_DIR: WordNet database for synonyms
	OpenAITimeout time.Duration // OPENAI_TIMEOUT, bounds one answer
	// OpenAIStructured (OPENAI_STRUCTURED: true or false) asks the model for
	// structured output (response_format with a JSON schema) when not
	// streaming; unset means on for OpenAI's own API, off for other servers.
	OpenAIStructured bool

	LogFormat  string // LOG_FORMAT: text or json
	LogLevel   string // LOG_LEVEL: debug, info, warn, error
	HealthAddr string // HEALTH_ADDR, e.g. 127.0.0.1:8080; "" disables
	RedisURL   string // REDIS_URL; "" keeps de-duplication in memory
	// RedisClaimIdle (REDIS_CLAIM_IDLE): how long a question may sit with
	// a silent replica before another claims it; with REDIS_URL only.
	RedisClaimIdle time.Duration
	FeedbackFile   string // FEEDBACK_FILE, JSON lines of 👍/👎 feedback
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
		WordNetDir:       get("WORDNET_DIR"),
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
	var problems []error // every malformed variable, reported at once
	c.OpenAITimeout = defaultOpenAITimeout
	if s := get("OPENAI_TIMEOUT"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			problems = append(problems, fmt.Errorf("OPENAI_TIMEOUT=%q is not a positive Go duration such as 20s", s))
		}
		c.OpenAITimeout = d
	}
	c.RedisClaimIdle = bot.DefaultClaimIdle
	if s := get("REDIS_CLAIM_IDLE"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < 100*time.Millisecond {
			problems = append(problems, fmt.Errorf("REDIS_CLAIM_IDLE=%q is not a Go duration of at least 100ms, such as 30s", s))
		}
		c.RedisClaimIdle = d
	}
	c.OpenAIStructured = c.OpenAIBaseURL == ""
	if s := get("OPENAI_STRUCTURED"); s != "" {
		b, err := strconv.ParseBool(s)
		if err != nil {
			problems = append(problems, fmt.Errorf("OPENAI_STRUCTURED=%q: use true or false", s))
		}
		c.OpenAIStructured = b
	}
	switch c.LogFormat {
	case "", "text", "json":
	default:
		problems = append(problems, fmt.Errorf("LOG_FORMAT=%q: use text or json", c.LogFormat))
	}
	if len(problems) > 0 {
		return config{}, errors.Join(problems...)
	}
	return c, dotErr
}
