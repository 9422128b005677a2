#!/bin/sh
# The closing table of issue 24: for each numbered item, the hostile cases its tests try (each test builds
# its own fixtures; "cases" counts the hostile inputs or trials inside it) and how many failed, run on the
# code as it is now. Usage: sh tests/hostile_table.sh   (honours CARGO_TARGET_DIR; needs tmux for item 13)
set -u
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# item | test binary (lib, hostile, e2e_tmux) | test name | cases
table='1|hostile|a_mark_made_on_a_text_a_fetch_has_since_replaced_stays_with_the_report|4
1|hostile|a_mark_made_while_another_process_writes_is_queued_and_kept|1
1|hostile|an_archive_of_schema_1_is_migrated_with_its_marks|1
2|hostile|feed_items_without_links_keep_their_identity_when_a_new_item_arrives_on_top|2
3|hostile|items_sharing_one_link_each_keep_their_row|2
4|hostile|two_fetches_at_once_never_fail_on_each_other|6
4|hostile|a_second_fetch_says_another_is_running_and_leaves_cleanly|1
5|hostile|escape_sequences_in_paths_and_errors_never_reach_the_terminal|4
6|hostile|a_json_link_with_a_line_break_is_not_kept|2
6|lib|app::tests::link_keys_ask_the_loop_to_open_or_copy|2
7|hostile|csv_fields_cannot_become_formulas_or_escapes_and_json_escapes_c1|4
8|hostile|deeply_nested_markup_is_flattened_on_every_html_path_not_a_stack_overflow|3
9|hostile|nested_divs_are_read_in_linear_time_and_a_page_never_holds_back_the_others|4
9|lib|corpus::formats::html::tests::readability_out_of_time_keeps_the_whole_page_as_plain_text|2
10|hostile|stdin_is_read_only_as_far_as_the_report_limit_and_cut_with_a_message|1
10|hostile|pages_texts_and_items_past_the_report_limit_are_cut_and_named|5
10|hostile|a_report_of_repeated_undated_tallies_is_analysed_in_linear_time|1
11|lib|query::tests::hostile_queries_are_bounded_and_never_panic|6
12|hostile|a_closed_stdout_ends_the_command_quietly|2
13|e2e_tmux|sigterm_and_sighup_restore_the_terminal|7
13|e2e_tmux|ctrl_z_suspends_to_the_shell_and_fg_resumes|1
13|e2e_tmux|a_stop_sent_from_outside_is_handled_like_ctrl_z|1
14|hostile|a_damaged_foreign_or_newer_archive_is_named_never_replaced_by_the_seeds|4
15|hostile|a_json_file_with_a_bom_and_a_lone_surrogate_is_read|2
15|hostile|windows_1251_feeds_and_pages_are_decoded_from_their_declared_charset|7
16|lib|keys::tests::the_config_moves_an_action_to_another_key|4
17|hostile|a_query_that_starts_with_an_exclusion_is_taken_as_the_query|2
17|hostile|full_text_search_takes_operator_words_and_punctuation_as_words|9
17|hostile|a_full_text_search_that_finds_nothing_leaves_no_stale_match_count|1
17|hostile|fetch_messages_say_what_happened|5
17|hostile|other_schemes_in_the_config_are_named_not_taken_for_missing_files|2'
for bin in lib hostile e2e_tmux; do
    names=$(printf '%s\n' "$table" | awk -F'|' -v b="$bin" '$2 == b { print $3 }')
    if [ "$bin" = lib ]; then target=--lib; else target="--test $bin"; fi
    # shellcheck disable=SC2086
    cargo test $target -- --exact $names 2>/dev/null | grep -E '^test .* \.\.\. ' >>"$out"
done
printf '%-5s %-6s %-6s %-8s %s\n' item tests cases failed "failing tests"
printf '%s\n' "$table" | awk -F'|' -v results="$out" '
    BEGIN { while ((getline line < results) > 0) { split(line, w, " "); status[w[2]] = w[4] } }
    { item = $1; tests[item]++; cases[item] += $4
      s = status[$3]; if (s == "") s = "missing"
      if (s != "ok") { failed[item] += $4; names[item] = names[item] " " $3 "(" s ")" }
      if (!(item in seen)) { seen[item] = 1; order[++n] = item } }
    END { for (i = 1; i <= n; i++) { k = order[i]; total += cases[k]; bad += failed[k]
            printf "%-5s %-6d %-6d %-8d%s\n", k, tests[k], cases[k], failed[k], names[k] }
          printf "all   %-6s %-6d %-8d\n", "", total, bad }'
