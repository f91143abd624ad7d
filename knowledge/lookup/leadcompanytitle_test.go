package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestLeadCompanyTitle: a business story names its company in the lead and
// then its officers by a bare title before the name ("Chief Financial
// Officer Tomas Reyes"), so that title is the lead company's; an officer
// of another company is tied to it by name, and a merger's lead, naming
// two companies, leaves a bare title to neither. The article is written
// for this test, in no question set.
func TestLeadCompanyTitle(t *testing.T) {
	e := engineOf(t, `Brewer to close Milwaukee bottling line

MILWAUKEE (AP) — Harbor Lane Brewing Co. said Thursday it will close a bottling line at its Milwaukee brewery in May, cutting 85 jobs.

Chief Executive Nadine Brooks, 52, said sales of bottled beer had fallen for three straight years. "Cans are where the market went," Brooks said.

Chief Financial Officer Tomas Reyes said the company would take a charge of about $9 million.

Kettle Works Chief Executive Arjun Mehta, whose company supplies the brewery's bottles, said he expected to lose the contract.

Chief Executive Lena Vogt of Brightcap Closures, which makes the bottle caps, declined to comment.
`)
	checkAnswers(t, e, []answerCase{
		{"who is the ceo of harbor lane", []string{"Nadine Brooks"}, []string{"Mehta"}},
		{"who's the cfo of harbor lane brewing", []string{"Tomas Reyes"}, []string{"Brooks"}},
		{"who is the ceo of kettle works", []string{"Arjun Mehta"}, []string{"Brooks"}},
		{"who is the ceo of harbor lane brewing", []string{"Nadine Brooks"}, []string{"Vogt"}},
	})
	m := engineOf(t, `Rail car makers agree to merge

CHICAGO (AP) — Ashford Rail Inc. agreed to buy Tolland Car Co. for $1.1 billion, the companies said Monday.

Chief Executive Ruth Okafor said the combined company would keep both plants open.
`)
	if a := ask(t, m, knowledge.Question{Text: "who is the ceo of tolland car"}); strings.Contains(a.Text, "Ruth Okafor") {
		t.Errorf("a merger's bare title is neither company's: %s", a.Text)
	}
}
