package lookup

import "testing"

// A time beside a trailing attribution's "said" dates the telling, so
// the strangling itself is undated; asked of the telling, it answers.
func TestTrailingAttributionTimeDatesTelling(t *testing.T) {
	e := engineOf(t, doverStrangling)
	checkWantOrRefused(t, e, []wantCase{
		{"when was she strangled", ""},
		{"when did police say she was strangled", "Friday"},
		{"when was the body found", "Thursday evening"},
	})
}
