package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPlainQuestion(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<@UBOT> Who is Flores?", "Who is Flores?"},
		{"<@UBOT>", ""},
		{"hey <@UBOT|storybot> what did <@U123> say", "hey what did say"},
		{"<!channel> <!here|here> <!everyone> q", "q"},
		{"ask <!subteam^S1|@editors> and <#C1|general>", "ask and #general"},
		{"see <https://example.com|the link> &amp; <https://x.test>", "see the link & https://x.test"},
		{"<@UBOT> what did flores say? <!channel>", "what did flores say?"},
		{"  spaced\n\tout  ", "spaced out"},
	} {
		if got := plainQuestion(c.in, "UBOT"); got != c.want {
			t.Errorf("plainQuestion(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEscapeDefusesPings(t *testing.T) {
	for _, in := range []string{"<!channel>", "<!here>", "<!everyone>", "<@U123>", "<!subteam^S1>", "@channel", "@Here", "@everyone"} {
		got := escape(in)
		if livePing.MatchString(got) {
			t.Errorf("escape(%q) = %q still pings", in, got)
		}
		if unescape(got) != in {
			t.Errorf("escape(%q) = %q does not read as the original", in, got)
		}
	}
	if got := escape("a & b < c > d"); got != "a &amp; b &lt; c &gt; d" {
		t.Errorf("escape = %q", got)
	}
}

func TestQuoteRequest(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"quote Flores", "Flores", true},
		{"quotes by Jeff Sessions", "Jeff Sessions", true},
		{"Quotations from McCain?", "McCain", true},
		{"what did Sessions say?", "Sessions", true},
		{"What has Flores said", "Flores", true},
		{"what did Sessions say about the meetings?", "", false},
		{"Who is Flores?", "", false},
	} {
		got, ok := quoteRequest(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("quoteRequest(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestChunksKeepWordsAndLimits(t *testing.T) {
	paras := []string{
		strings.Repeat("Short sentence here. ", 200),
		strings.Repeat("x", 9000),                    // no breaks at all
		strings.Repeat("Fish & chips < ten > ", 300), // grows when escaped
		"one\n\ntwo\n\nthree",
	}
	for _, in := range paras {
		cs := chunks(in, 1000)
		if len(cs) == 0 {
			t.Fatalf("no chunks for %q…", in[:20])
		}
		joined := ""
		for _, c := range cs {
			if n := utf8.RuneCountInString(escape(c)); n > 1000 {
				t.Errorf("chunk of %d escaped characters", n)
			}
			joined += c
		}
		if strings.Join(strings.Fields(joined), "") != strings.Join(strings.Fields(in), "") {
			t.Errorf("chunks lost or reordered text of %q…", in[:20])
		}
	}
	if cs := chunks("one\n\ntwo", 5); len(cs) != 2 || cs[0] != "one" || cs[1] != "two" {
		t.Errorf("paragraph split = %q", cs)
	}
}

func TestPackLimits(t *testing.T) {
	var parts []part
	for range 120 {
		parts = append(parts, part{md: "tiny", plain: "tiny"})
	}
	for _, m := range pack(parts) {
		if len(m.blocks) > maxBlocks {
			t.Errorf("%d blocks in one message", len(m.blocks))
		}
	}
	big := textParts(strings.Repeat("A sentence of some length. ", 1000))
	for _, m := range pack(big) {
		if n := utf8.RuneCountInString(m.text); n > 4000 {
			t.Errorf("message text of %d characters", n)
		}
	}
}

func TestIsTimeline(t *testing.T) {
	for q, want := range map[string]bool{
		"timeline": true, "Show the timeline": true, "show me the timeline please!": true,
		"what is the timeline of Flynn's resignation?": false, "Who is Flores?": false,
	} {
		if got := isTimeline(q); got != want {
			t.Errorf("isTimeline(%q) = %v, want %v", q, got, want)
		}
	}
}
