<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AppState</name>
    <message>
        <location filename="../../infoviz/state.py" line="175" />
        <source>Set %s</source>
        <translation>%s 설정</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="185" />
        <source>Set %s[%d]</source>
        <translation>%s[%d] 설정</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="191" />
        <source>Nudge %s[%d]</source>
        <translation>%s[%d] 조금 이동</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="197" />
        <source>Lock %s[%d]</source>
        <translation>%s[%d] 잠금</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="197" />
        <source>Unlock %s[%d]</source>
        <translation>%s[%d] 잠금 해제</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="208" />
        <source>Swap p and q</source>
        <translation>p와 q 맞바꾸기</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="215" />
        <source>Copy %s to %s</source>
        <translation>%s를 %s로 복사</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="222" />
        <source>Reset to uniform</source>
        <translation>균등 분포로 초기화</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="229" />
        <source>Randomise</source>
        <translation>무작위로</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="245" />
        <source>%d bins</source>
        <translation>구간 %d개</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="254" />
        <source>Rename outcome</source>
        <translation>사건 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="265" />
        <source>Set logits</source>
        <translation>로짓 설정</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="272" />
        <source>Preset %s</source>
        <translation>프리셋 %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="278" />
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="309" />
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="375" />
        <source>Drag %s</source>
        <translation>%s 드래그</translation>
    </message>
    <message>
        <location filename="../../infoviz/state.py" line="400" />
        <source>Edit</source>
        <translation>편집</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="79" />
        <source>Something went wrong (%s: %s). The app keeps running; nothing was lost.</source>
        <translation>문제가 발생했습니다 (%s: %s). 앱은 계속 실행되며 잃은 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="82" />
        <source>Details: %s</source>
        <translation>자세한 내용: %s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="83" />
        <location filename="../../infoviz/ui/crash.py" line="139" />
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="138" />
        <source>infoviz did not close normally last time. Restore the session you had?</source>
        <translation>지난번에 infoviz가 정상적으로 종료되지 않았습니다. 이전 세션을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/crash.py" line="139" />
        <source>Restore</source>
        <translation>복원</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../infoviz/ui/files.py" line="55" />
        <source>Cannot open file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="55" />
        <source>%s was not opened:
%s</source>
        <translation>%s 파일을 열지 않았습니다:
%s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="59" />
        <source>Opened %s</source>
        <translation>%s 열림</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="66" />
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="66" />
        <source>The session was not saved:
%s</source>
        <translation>세션을 저장하지 못했습니다:
%s</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="70" />
        <source>Saved %s</source>
        <translation>%s 저장됨</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="74" />
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="75" />
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="86" />
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="103" />
        <location filename="../../infoviz/ui/files.py" line="118" />
        <location filename="../../infoviz/ui/files.py" line="133" />
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="103" />
        <location filename="../../infoviz/ui/files.py" line="118" />
        <source>Could not write %s</source>
        <translation>%s 파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/files.py" line="139" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="12" />
        <source>show / hide this help</source>
        <translation>이 도움말 보이기 / 숨기기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="13" />
        <source>drag a bar</source>
        <translation>막대 드래그</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="13" />
        <source>set its probability; the other bars rescale</source>
        <translation>확률을 정하면 나머지 막대가 비율을 유지하며 조정됩니다</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="14" />
        <source>double-click a bar, Enter</source>
        <translation>막대 더블클릭, Enter</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="14" />
        <source>type an exact value (0.25, 25%, 1/4)</source>
        <translation>정확한 값 입력 (0.25, 25%, 1/4)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="15" />
        <source>select the previous / next bar</source>
        <translation>이전 / 다음 막대 선택</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="16" />
        <source>switch between p and q</source>
        <translation>p와 q 사이 전환</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="17" />
        <source>nudge the selected bar by 0.01 (0.1)</source>
        <translation>선택한 막대를 0.01 (0.1)씩 조정</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="18" />
        <source>lock / unlock the selected bar</source>
        <translation>선택한 막대 잠금 / 해제</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="19" />
        <source>presets of the lecture</source>
        <translation>강의 프리셋</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="20" />
        <source>bits / nats</source>
        <translation>비트 / 내트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="21" />
        <source>swap p and q · uniform · randomise</source>
        <translation>p와 q 맞바꾸기 · 균등 · 무작위</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="22" />
        <source>more / fewer bins</source>
        <translation>구간 늘리기 / 줄이기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="23" />
        <source>undo, redo (a whole drag is one step)</source>
        <translation>실행 취소, 다시 실행 (드래그 한 번이 한 단계)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="24" />
        <source>next / previous lesson step (presenter clicker)</source>
        <translation>다음 / 이전 수업 단계 (발표용 리모컨)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="25" />
        <source>projector mode on / off</source>
        <translation>프로젝터 모드 켜기 / 끄기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="26" />
        <source>open / save a session (or drop a file on the window)</source>
        <translation>세션 열기 / 저장 (또는 창에 파일 끌어놓기)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/help_overlay.py" line="44" />
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="209" />
        <source>Drag any bar of p or q. H(p,q) = H(p) + KL(p‖q): the purple part of each stack is the extra cost of the wrong model.</source>
        <translation>p나 q의 막대를 드래그하세요. H(p,q) = H(p) + KL(p‖q): 각 막대 위의 보라색 부분이 잘못된 모델의 추가 비용입니다.</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="273" />
        <source>infoviz — entropy, cross entropy and KL divergence</source>
        <translation>infoviz — 엔트로피, 교차 엔트로피, KL 발산</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="274" />
        <source>bits</source>
        <translation>비트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="274" />
        <source>nats</source>
        <translation>내트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="275" />
        <source>p — true distribution</source>
        <translation>p — 실제 분포</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="276" />
        <source>q — model (predicted) distribution</source>
        <translation>q — 예측 분포 (모델)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="278" />
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="279" />
        <source>H(p,q) = H(p) + KL(p‖q)   [%s]</source>
        <translation>H(p,q) = H(p) + KL(p‖q)   [%s]</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="282" />
        <source>per outcome: %s and %s   [%s]</source>
        <translation>사건별: %s 와 %s   [%s]</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/main_window.py" line="284" />
        <source>during the drag: H(p,q), KL(p‖q), KL(q‖p) (dashed)</source>
        <translation>드래그하는 동안: H(p,q), KL(p‖q), KL(q‖p) (점선)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="20" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="21" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="23" />
        <source>&amp;Swap p and q</source>
        <translation>p와 q 맞바꾸기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="24" />
        <source>Copy p → q</source>
        <translation>p → q 복사</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="25" />
        <source>Copy q → p</source>
        <translation>q → p 복사</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="26" />
        <source>Reset both to &amp;uniform</source>
        <translation>둘 다 균등 분포로(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="27" />
        <source>&amp;Randomise both</source>
        <translation>둘 다 무작위로(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="29" />
        <source>&amp;Lock / unlock the selected bar</source>
        <translation>선택한 막대 잠금 / 해제(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="31" />
        <source>&amp;Type a value for the selected bar</source>
        <translation>선택한 막대 값 입력(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="33" />
        <source>More bins</source>
        <translation>구간 늘리기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="35" />
        <source>Fewer bins</source>
        <translation>구간 줄이기</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="42" />
        <source>&amp;Open session…</source>
        <translation>세션 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="43" />
        <source>&amp;Save session</source>
        <translation>세션 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="44" />
        <source>Save session &amp;as…</source>
        <translation>다른 이름으로 세션 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="46" />
        <source>Export window as &amp;PNG…</source>
        <translation>창을 PNG로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="47" />
        <source>Export window as S&amp;VG…</source>
        <translation>창을 SVG로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="48" />
        <source>Export numbers as &amp;CSV…</source>
        <translation>수치를 CSV로 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="49" />
        <source>Export the measures plot as PNG…</source>
        <translation>측도 그래프를 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="51" />
        <source>Export the per-outcome plot as PNG…</source>
        <translation>사건별 그래프를 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="54" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="60" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="66" />
        <source>&amp;Projector mode</source>
        <translation>프로젝터 모드(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="67" />
        <source>Switch &amp;bits / nats</source>
        <translation>비트 / 내트 전환(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="93" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="94" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="95" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="105" />
        <source>&amp;Presets</source>
        <translation>프리셋(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="116" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="129" />
        <source>P&amp;anels</source>
        <translation>패널(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="138" />
        <source>Open &amp;recent</source>
        <translation>최근 파일(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/menus.py" line="144" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Readouts</name>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="20" />
        <source>Entropy H(p)</source>
        <translation>엔트로피 H(p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="21" />
        <source>Entropy H(q)</source>
        <translation>엔트로피 H(q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="22" />
        <source>Cross entropy H(p,q)</source>
        <translation>교차 엔트로피 H(p,q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="23" />
        <source>Cross entropy H(q,p)</source>
        <translation>교차 엔트로피 H(q,p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="24" />
        <source>KL divergence KL(p‖q)</source>
        <translation>KL 발산 KL(p‖q)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="25" />
        <source>KL divergence KL(q‖p)</source>
        <translation>KL 발산 KL(q‖p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="32" />
        <source>H(p) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;expected surprise of p (0·log 0 = 0)</source>
        <translation>H(p) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;p의 기대 정보량 (0·log 0 = 0)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="33" />
        <source>H(q) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;expected surprise of q</source>
        <translation>H(q) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt;&lt;br&gt;q의 기대 정보량</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="34" />
        <source>H(p,q) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt; = H(p) + KL(p‖q)&lt;br&gt;average code length coding p with q; the classifier's loss</source>
        <translation>H(p,q) = −Σ p&lt;sub&gt;i&lt;/sub&gt; log q&lt;sub&gt;i&lt;/sub&gt; = H(p) + KL(p‖q)&lt;br&gt;q로 p를 부호화할 때의 평균 부호 길이, 분류기의 손실 함수</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="36" />
        <source>H(q,p) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt; = H(q) + KL(q‖p)</source>
        <translation>H(q,p) = −Σ q&lt;sub&gt;i&lt;/sub&gt; log p&lt;sub&gt;i&lt;/sub&gt; = H(q) + KL(q‖p)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="37" />
        <source>KL(p‖q) = Σ p&lt;sub&gt;i&lt;/sub&gt; log(p&lt;sub&gt;i&lt;/sub&gt;/q&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;extra cost of using q when the truth is p; ∞ if some q&lt;sub&gt;i&lt;/sub&gt; = 0 &lt; p&lt;sub&gt;i&lt;/sub&gt;</source>
        <translation>KL(p‖q) = Σ p&lt;sub&gt;i&lt;/sub&gt; log(p&lt;sub&gt;i&lt;/sub&gt;/q&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;실제가 p일 때 q를 쓰는 추가 비용; 어떤 q&lt;sub&gt;i&lt;/sub&gt; = 0 &lt; p&lt;sub&gt;i&lt;/sub&gt; 이면 ∞</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="39" />
        <source>KL(q‖p) = Σ q&lt;sub&gt;i&lt;/sub&gt; log(q&lt;sub&gt;i&lt;/sub&gt;/p&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;not symmetric: usually ≠ KL(p‖q)</source>
        <translation>KL(q‖p) = Σ q&lt;sub&gt;i&lt;/sub&gt; log(q&lt;sub&gt;i&lt;/sub&gt;/p&lt;sub&gt;i&lt;/sub&gt;) ≥ 0&lt;br&gt;대칭이 아님: 보통 KL(p‖q)와 다름</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="45" />
        <source>bits</source>
        <translation>비트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="45" />
        <source>nats</source>
        <translation>내트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="126" />
        <source> (+%d more)</source>
        <translation> (외 %d개)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="127" />
        <source>because %s(%s) = 0 but %s(%s) = %.2f</source>
        <translation>%s(%s) = 0 인데 %s(%s) = %.2f 이기 때문</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/readouts.py" line="131" />
        <source>perplexity %.2f</source>
        <translation>퍼플렉서티 %.2f</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="42" />
        <source> Bins </source>
        <translation> 구간 </translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="43" />
        <source>Number of outcomes (2–50); also + and -</source>
        <translation>사건의 수 (2–50); + 와 - 키로도 조정</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="44" />
        <source>Switch bits / nats (B)</source>
        <translation>비트 / 내트 전환 (B)</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="53" />
        <source>Unit: bits</source>
        <translation>단위: 비트</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/toolbar.py" line="53" />
        <source>Unit: nats</source>
        <translation>단위: 내트</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="51" />
        <source>Set</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="52" />
        <source>Type a probability: 0.25, 25% or 1/4, then Enter</source>
        <translation>확률을 입력하고 Enter: 0.25, 25% 또는 1/4</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="75" />
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <location filename="../../infoviz/ui/value_editor.py" line="75" />
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
</context>
</TS>