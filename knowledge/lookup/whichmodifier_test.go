package lookup

import (
	"strings"
	"testing"
)

// TestWhichNounOnlyPremodifying checks that a which-question whose noun
// the article writes only as a premodifier ("a ferry dock", "ferry
// schedules") is refused, and that a noun the article also writes as a
// head is not.
func TestWhichNounOnlyPremodifying(t *testing.T) {
	e := engineOf(t, "Seals crowd harbor float\n\nPORTVILLE, Maine (AP) — About 40 harbor seals hauled out on a ferry dock in Portville on Monday, delaying ferry schedules for most of the day, the harbormaster said.\n\nThe animals left by evening. A crane on the pier was used to move a float away from the dock.\n")
	refusalOf(t, e, "which ferry was delayed", "ferry dock")
	a := answerOf(t, e, "which crane moved the float")
	if strings.Contains(a.Text, "only in") {
		t.Errorf("crane is a head here, want no premodifier refusal, got %s", a.Text)
	}
}

// TestWhichNounCloseApposedCompound checks that "the tugboat Lady Grace"
// answers "which boat": a close apposition names the instance of a
// closed compound that WordNet files under the asked noun.
func TestWhichNounCloseApposedCompound(t *testing.T) {
	e := engineOf(t, "Kayaker rescued off point\n\nBAYTOWN, Texas (AP) — A kayaker who capsized off Cedar Point was pulled from the water Sunday by the crew of the tugboat Lady Grace, the harbor patrol said.\n\nThe kayaker was treated for cold exposure and released.\n")
	a := answerOf(t, e, "which boat pulled the kayaker out")
	if !a.Found || !strings.Contains(a.Text, "Lady Grace") {
		t.Errorf("want the tugboat Lady Grace, got %s", a.Text)
	}
}

// TestWhichNounLeadInstance checks that a which-question asking nothing
// but its noun answers with the one instance the lead names, not a
// sentence where the noun only premodifies.
func TestWhichNounLeadInstance(t *testing.T) {
	e := engineOf(t, "Ice jam floods road\n\nMILLBROOK, N.Y. (AP) — An ice jam on the Wallkill River flooded a county road near Millbrook on Thursday, officials said.\n\nThe jam formed where the Shawangunk Kill meets the Wallkill River.\n\nRiver levels fell by evening.\n")
	a := answerOf(t, e, "which river was it on")
	if !a.Found || !strings.HasPrefix(a.Text, "Wallkill River") {
		t.Errorf("want the Wallkill River, got %s", a.Text)
	}
}
