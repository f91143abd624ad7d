package knowledge

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// mustDefault parses the embedded article or stops the test.
func mustDefault(t testing.TB, opts Options) *Article {
	t.Helper()
	a, err := Default(opts)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestParseLayout(t *testing.T) {
	a := mustDefault(t, Options{})
	if a.Title != "Senator Jeff Sessions" {
		t.Errorf("title = %q", a.Title)
	}
	if a.Caption != "Senator Jeff SessionsReuters" {
		t.Errorf("caption = %q, want the caption-and-credit line", a.Caption)
	}
	if got := len(a.Paragraphs); got != 9 {
		t.Fatalf("got %d paragraphs, want 9", got)
	}
	for i, p := range a.Paragraphs {
		if p.N != i+1 {
			t.Errorf("paragraph %d numbered %d", i+1, p.N)
		}
		if strings.Join(p.Sentences, " ") != p.Text {
			t.Errorf("¶%d: sentences do not rebuild the paragraph", p.N)
		}
	}
	if !strings.HasPrefix(a.Paragraphs[0].Text, "U.S. Attorney-General Jeff Sessions") {
		t.Errorf("¶1 = %q", a.Paragraphs[0].Text)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"He met U.S. officials. The talks ended.", []string{"He met U.S. officials.", "The talks ended."}},
		{"Sen. John McCain, R-Ariz., spoke on Dec. 29. Gen. Smith left.", []string{"Sen. John McCain, R-Ariz., spoke on Dec. 29.", "Gen. Smith left."}},
		{"They met in the U.S. Senate. It rained.", []string{"They met in the U.S. Senate.", "It rained."}},
		{`She said "It is over. We lost." Then she left.`, []string{`She said "It is over. We lost."`, "Then she left."}},
		{"Was it Mr. Jones? No! It was Dr. Who.", []string{"Was it Mr. Jones?", "No!", "It was Dr. Who."}},
		{"The shop is in Boise, Idaho. Sales rose.", []string{"The shop is in Boise, Idaho.", "Sales rose."}},
		{"The mill in Salem, Ore., closed. Gov. Kate Brown spoke.", []string{"The mill in Salem, Ore., closed.", "Gov. Kate Brown spoke."}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range splitSentences(tt.text) {
			got = append(got, tt.text[r[0]:r[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	a := mustDefault(t, Options{})
	want := []struct{ speaker, start string }{
		{"Jeff Sessions", "he never met with any Russian officials"},
		{"Sarah Isgur Flores", "there was absolutely nothing misleading"},
		{"Jeff Sessions", "I have been called a surrogate"},
		{"Sarah Isgur Flores", "conducted 25 conversations"},
	}
	if len(a.Quotes) != len(want) {
		t.Fatalf("got %d quotes, want %d: %+v", len(a.Quotes), len(want), a.Quotes)
	}
	for i, w := range want {
		q := a.Quotes[i]
		if q.Speaker != w.speaker || !strings.HasPrefix(q.Text, w.start) {
			t.Errorf("quote %d = %s: %q, want %s: %q…", i, q.Speaker, q.Text, w.speaker, w.start)
		}
		if !a.Contains(`"` + q.Text + `"`) {
			t.Errorf("quote %d is not verbatim with its marks: %q", i, q.Text)
		}
		if len(q.Citations) == 0 || !a.Contains(q.Citations[0].Text) || !strings.Contains(q.Citations[0].Text, q.Text) {
			t.Errorf("quote %d citation %+v does not hold it verbatim", i, q.Citations)
		}
	}
	if got := len(a.QuotesBy("flores")); got != 2 {
		t.Errorf("QuotesBy(flores) = %d quotes, want 2", got)
	}
	if got := len(a.QuotesBy("Sessions")); got != 2 {
		t.Errorf("QuotesBy(Sessions) = %d quotes, want 2", got)
	}
	if got := len(a.QuotesBy("Podesta")); got != 0 {
		t.Errorf("QuotesBy(Podesta) = %d quotes, want 0", got)
	}
}

func TestEntities(t *testing.T) {
	a := mustDefault(t, Options{})
	tests := []struct {
		lookup  string // any alias, case or misspelling
		name    string
		kind    EntityKind
		aliases []string
		role    string // substring
		paras   []int  // must include
	}{
		{"jeff sessions", "Jeff Sessions", Person, []string{"Sessions", "AG"}, "Attorney-General", []int{1, 2, 3, 4, 5, 6, 7, 8}},
		{"Kisylak", "Sergey Kislyak", Person, []string{"Kislyak", "Kisylak"}, "Russian ambassador to the U.S.", []int{4, 8}},
		{"FLORES", "Sarah Isgur Flores", Person, []string{"Flores"}, "Sessions' spokeswoman", []int{4, 5, 6}},
		{"McCain", "John McCain", Person, []string{"McCain"}, "chairman", []int{4}},
		{"flynn", "Michael Flynn", Person, []string{"Flynn"}, "National Security Adviser", []int{8}},
		{"Obama", "Barack Obama", Person, nil, "President", []int{8}},
		{"podesta", "John Podesta", Person, nil, "Hillary Clinton's campaign manager", []int{9}},
		{"Trump", "Donald Trump", Person, []string{"Trump"}, "", []int{1, 3, 9}},
		{"DNC", "Democratic National Committee", Organisation, []string{"DNC"}, "", []int{9}},
		{"armed services committee", "Armed Services Committee", Organisation, nil, "", []int{4, 6}},
		{"CIA", "CIA", Organisation, nil, "", []int{9}},
		{"washington post", "Washington Post", Organisation, nil, "", []int{2}},
		{"Ariz.", "Arizona", Place, []string{"Ariz."}, "", []int{4}},
		{"russia", "Russia", Place, nil, "", []int{2, 6, 8, 9}},
		{"US", "United States", Place, []string{"U.S.", "US"}, "", []int{1, 2, 9}},
	}
	for _, tt := range tests {
		e, ok := a.Entity(tt.lookup)
		if !ok {
			t.Errorf("Entity(%q) not found", tt.lookup)
			continue
		}
		if e.Name != tt.name || e.Kind != tt.kind {
			t.Errorf("Entity(%q) = %s (%s), want %s (%s)", tt.lookup, e.Name, e.Kind, tt.name, tt.kind)
		}
		for _, al := range tt.aliases {
			if !slices.Contains(e.Aliases, al) {
				t.Errorf("%s: aliases %q lack %q", e.Name, e.Aliases, al)
			}
		}
		if !strings.Contains(e.Role, tt.role) {
			t.Errorf("%s: role %q, want it to hold %q", e.Name, e.Role, tt.role)
		}
		if e.Role != "" && !a.Contains(e.Role) {
			t.Errorf("%s: role %q is not verbatim", e.Name, e.Role)
		}
		for _, p := range tt.paras {
			if !slices.Contains(e.Paragraphs, p) {
				t.Errorf("%s: paragraphs %v lack %d", e.Name, e.Paragraphs, p)
			}
		}
	}
	titles := map[string]string{"McCain": "Sen.", "Sessions": "U.S. Attorney-General", "Flynn": "National Security Adviser Gen."}
	for who, want := range titles {
		if e, _ := a.Entity(who); e.Title != want {
			t.Errorf("%s: title %q, want %q", who, e.Title, want)
		}
	}
	for _, bad := range []string{"Reuters", "December", "However", "National Security Adviser", "Democrats"} {
		if e, ok := a.Entity(bad); ok && e.Kind == Person {
			t.Errorf("%q was taken for a person: %+v", bad, e)
		}
	}
	if _, ok := a.Entity("France"); ok {
		t.Error("Entity(France) found in an article that never names France")
	}
}

func TestEventOrder(t *testing.T) {
	a := mustDefault(t, Options{})
	var dated []string
	for _, e := range a.Events {
		if len(e.Citations) == 0 {
			t.Errorf("event %q has no citation", e.Text)
		}
		for _, c := range e.Citations {
			if !a.Contains(c.Text) {
				t.Errorf("event %q cites non-verbatim text", e.Text)
			}
		}
		if !a.Contains(e.Text) {
			t.Errorf("event text %q is not verbatim", e.Text)
		}
		if e.Undated {
			if e.When != "" {
				t.Errorf("undated event has When %q", e.When)
			}
			continue
		}
		if e.Date != "" {
			t.Errorf("%s: date %q invented without a publication date", e.When, e.Date)
		}
		dated = append(dated, e.When)
	}
	want := []string{"last year", "In December", "Dec. 29", "last month", "in recent days"}
	if !slices.Equal(dated, want) {
		t.Errorf("event order %q, want %q", dated, want)
	}
	mustHold := map[string]string{"last year": "spoke twice", "In December": "CIA concluded", "Dec. 29": "sanctions", "last month": "resignation", "in recent days": "under attack"}
	for _, e := range a.Events {
		if w, ok := mustHold[e.When]; ok && !strings.Contains(e.Text, w) {
			t.Errorf("%s event %q lacks %q", e.When, e.Text, w)
		}
	}
}

func TestEventDates(t *testing.T) {
	a := mustDefault(t, Options{Published: time.Date(2017, 3, 2, 0, 0, 0, 0, time.UTC)})
	want := map[string]string{"last year": "2016", "In December": "2016-12", "Dec. 29": "2016-12-29", "last month": "2017-02", "in recent days": ""}
	for _, e := range a.Events {
		if e.Undated {
			continue
		}
		if w, ok := want[e.When]; !ok || e.Date != w {
			t.Errorf("%s: date %q, want %q", e.When, e.Date, w)
		}
	}
}

func TestAccessors(t *testing.T) {
	a := mustDefault(t, Options{})
	lead := a.Lead()
	if !strings.HasPrefix(lead, "U.S. Attorney-General Jeff Sessions has come under attack") || !a.Contains(lead) {
		t.Errorf("Lead() = %q", lead)
	}
	if p, ok := a.Paragraph(3); !ok || !strings.HasPrefix(p.Text, "Sessions was a key player") {
		t.Errorf("Paragraph(3) = %+v, %v", p, ok)
	}
	for _, n := range []int{0, 10, -1} {
		if _, ok := a.Paragraph(n); ok {
			t.Errorf("Paragraph(%d) ok", n)
		}
	}
	contains := []struct {
		s    string
		want bool
	}{
		{"Sessions said there that “he never met with any Russian officials", true},
		{"I didn't have — did not have   communications", true},
		{"sessions said there", false}, // case matters
		{"Sessions said he met Kislyak", false},
	}
	for _, c := range contains {
		if got := a.Contains(c.s); got != c.want {
			t.Errorf("Contains(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, text := range []string{"", "\n\n  \n", "Only a title"} {
		if _, err := Parse(text, Options{}); !errors.Is(err, ErrNoParagraphs) {
			t.Errorf("Parse(%q) error = %v, want ErrNoParagraphs", text, err)
		}
	}
	junk := "\x00\xff\xfeTitle\n\n\x89PNG\r\n\x1a\n\"unclosed quote. \xc3\x28 Dec. 99, 2016 last \"\"\n\n—\n"
	if _, err := Parse(junk, Options{}); err != nil && !errors.Is(err, ErrNoParagraphs) {
		t.Errorf("Parse(junk) error = %v", err)
	}
}

// TestSecondArticle proves the extraction general: a different story, with
// its own people, roles, quotations and dates.
func TestSecondArticle(t *testing.T) {
	text, err := os.ReadFile("testdata/council.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(string(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Caption != "Mayor Linda Ortega at City HallAP" || len(a.Paragraphs) != 6 {
		t.Errorf("caption %q, %d paragraphs", a.Caption, len(a.Paragraphs))
	}
	var speakers []string
	for _, q := range a.Quotes {
		speakers = append(speakers, q.Speaker)
	}
	if want := []string{"Linda Ortega", "David Kim", "Maria Delgado"}; !slices.Equal(speakers, want) {
		t.Errorf("speakers %q, want %q", speakers, want)
	}
	roles := map[string]string{"Ortega": "Mayor", "Kim": "Council President", "Delgado": "finance chair", "Reyes": "Ortega's spokesman"}
	for who, role := range roles {
		e, ok := a.Entity(who)
		if !ok || e.Kind != Person || !strings.Contains(e.Role, role) {
			t.Errorf("Entity(%s) = %+v, %v; want a person with role %q", who, e, ok, role)
		}
	}
	if e, ok := a.Entity("Elm Street"); !ok || e.Kind != Place {
		t.Errorf("Elm Street = %+v, %v", e, ok)
	}
	if e, ok := a.Entity("Springfield City Council"); !ok || e.Kind != Organisation {
		t.Errorf("Springfield City Council = %+v, %v", e, ok)
	}
	var order []string
	for _, e := range a.Events {
		order = append(order, e.When)
	}
	pos := func(w string) int { return slices.Index(order, w) }
	if !(pos("in 2019") >= 0 && pos("in 2019") < pos("in March") && pos("in March") < pos("Last month") && pos("Last month") < pos("in the coming weeks")) {
		t.Errorf("event order %q", order)
	}
	for _, e := range a.Events {
		if e.When == "in 2019" && e.Date != "2019" {
			t.Errorf("in 2019: date %q, want 2019 (the text gives the year)", e.Date)
		}
	}
	a2, _ := Parse(string(text), Options{Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)})
	for _, e := range a2.Events {
		if e.When == "in March" && e.Date != "2024-03" || e.When == "Last month" && e.Date != "2024-04" {
			t.Errorf("published 2024-05-10: %s → %q", e.When, e.Date)
		}
	}
}

// TestThirdArticle: no caption, curly quotes, speakers after the quotation,
// weekdays ahead and behind, and abbreviated titles.
func TestThirdArticle(t *testing.T) {
	text, err := os.ReadFile("testdata/storm.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(string(text), Options{Published: time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Caption != "" || len(a.Paragraphs) != 4 {
		t.Errorf("caption %q, %d paragraphs", a.Caption, len(a.Paragraphs))
	}
	if len(a.Quotes) != 2 || a.Quotes[0].Speaker != "Ana Ruiz" || a.Quotes[1].Speaker != "a Maersk spokesman" {
		t.Errorf("quotes %+v", a.Quotes)
	}
	if e, ok := a.Entity("coast guard"); !ok || e.Name != "U.S. Coast Guard" || !slices.Equal(e.Paragraphs, []int{1, 2}) {
		t.Errorf("coast guard = %+v, %v", e, ok)
	}
	if e, ok := a.Entity("Abbott"); !ok || e.Role != "Gov." {
		t.Errorf("Abbott = %+v, %v", e, ok)
	}
	dates := map[string]string{}
	var order []string
	for _, e := range a.Events {
		dates[e.When] = e.Date
		order = append(order, e.When)
	}
	want := map[string]string{"on Sunday": "2024-09-15", "on Saturday": "2024-09-14", "two days ago": "2024-09-14", "Wednesday": "2024-09-18"}
	for w, d := range want {
		if dates[w] != d {
			t.Errorf("%s: date %q, want %q (all: %v)", w, dates[w], d, dates)
		}
	}
	if slices.Index(order, "on Sunday") > slices.Index(order, "Wednesday") {
		t.Errorf("order %q", order)
	}
}

// TestLinePerParagraph: an article with no blank lines, companies named
// like people, and speakers named after the quotation behind their title.
func TestLinePerParagraph(t *testing.T) {
	text, err := os.ReadFile("testdata/breach.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(string(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 5 || a.Caption != "" {
		t.Fatalf("%d paragraphs, caption %q", len(a.Paragraphs), a.Caption)
	}
	kinds := map[string]EntityKind{"Nordlys Systems": Organisation, "Fjord Data": Organisation,
		"Irish Data Protection Commission": Organisation, "Helen Dixon": Person, "Lars Eriksen": Person, "Financial Times": Organisation}
	for name, k := range kinds {
		if e, ok := a.Entity(name); !ok || e.Kind != k {
			t.Errorf("%s = %+v, %v; want a %s", name, e, ok, k)
		}
	}
	if e, _ := a.Entity("Eriksen"); e.Role != "Nordlys chief executive" {
		t.Errorf("Eriksen's role %q", e.Role)
	}
	var speakers []string
	for _, q := range a.Quotes {
		speakers = append(speakers, q.Speaker)
	}
	if !slices.Equal(speakers, []string{"Helen Dixon", "Lars Eriksen"}) {
		t.Errorf("speakers %q", speakers)
	}
}

// TestLongCaptionWithCredit: a caption of more than twelve words is still a
// caption when it ends with a photo credit in parentheses.
func TestLongCaptionWithCredit(t *testing.T) {
	text := "Fire grows\nA Chinook helicopter drops water on the Juniper Fire near Sisters, Ore., on Tuesday, Aug. 13, 2024. (AP Photo/Marisa Engel)\n\nSISTERS, Ore. (AP) — The fire grew.\n\nCrews arrived.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(a.Caption, "(AP Photo/Marisa Engel)") || len(a.Paragraphs) != 2 {
		t.Errorf("caption %q, %d paragraphs; want the credit line as caption and 2 paragraphs", a.Caption, len(a.Paragraphs))
	}
	b, err := Parse("Title\nThe council met on Monday (see below).\n\nIt voted.\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Caption != "" {
		t.Errorf("a body sentence ending in a parenthesis with a period inside read as caption %q", b.Caption)
	}
}

// TestTimelineWeekdaysWithoutDate checks that, with no publication date,
// the story's weekdays fall in the week ending on the lead's weekday
// (AP style), so Saturday's report precedes Tuesday's lead, and that an
// event's text never splits a multi-byte dash.
func TestTimelineWeekdaysWithoutDate(t *testing.T) {
	text := "Fire grows\n\nSISTERS, Ore. (AP) — The fire grew to 900 acres by Tuesday morning, officials said.\n\n" +
		"The fire was reported Saturday. On Sunday, winds pushed it east. Crews arrived Monday.\n"
	a, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, ev := range a.Events {
		if !utf8.ValidString(ev.Text) {
			t.Errorf("event text is not valid UTF-8: %q", ev.Text)
		}
		order = append(order, weekdayIn(ev.When))
	}
	want := []string{"Saturday", "Sunday", "Monday", "Tuesday"}
	if !slices.Equal(order, want) {
		t.Errorf("weekdays in order %v, want %v", order, want)
	}
}
