package bot

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/slack-go/slack"
)

func TestCheckTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Flores is his spokeswoman (¶4).", "Checking citations against ¶4"},
		{`She said "nothing misleading" (¶5).`, "Checking 1 quotation against ¶5"},
		{`“One” and "two" (¶5, ¶3), again (¶5).`, "Checking 2 quotations against ¶5, ¶3"},
		{"The article doesn't say.", "Checking citations against the article"},
	}
	for _, tt := range tests {
		if got := checkTitle("Checking", tt.text); got != tt.want {
			t.Errorf("checkTitle(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestStreamTextPingsNobody(t *testing.T) {
	got := streamText("Hi <!channel> and <@U123>, @here " + strings.Repeat("x", maxStreamText))
	for _, ping := range []string{"<!channel>", "<@U123>", "@here"} {
		if strings.Contains(got, ping) {
			t.Errorf("streamText kept %q", ping)
		}
	}
	if n := len([]rune(got)); n > maxStreamText+1 {
		t.Errorf("streamText gave %d runes, want at most %d", n, maxStreamText+1)
	}
}

func TestRefused(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want bool
	}{
		{slack.SlackErrorResponse{Err: "unknown_method"}, true},
		{fmt.Errorf("chat.startStream: %w", slack.SlackErrorResponse{Err: "missing_scope"}), true},
		{slack.SlackErrorResponse{Err: "channel_not_found"}, false},
		{errors.New("connection reset"), false},
	} {
		if got := refused(tt.err); got != tt.want {
			t.Errorf("refused(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
