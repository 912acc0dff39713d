// The part of frappe-gantt 1.2's API the timeline uses (the package ships no types).
declare module 'frappe-gantt' {
  export interface GanttTask {
    id: string;
    name: string;
    start: string;
    end: string;
    progress?: number;
    dependencies?: string;
    custom_class?: string;
  }
  export interface GanttOptions {
    view_mode?: 'Day' | 'Week' | 'Month' | 'Year';
    view_mode_select?: boolean;
    readonly?: boolean;
    popup?: false | ((ctx: unknown) => void);
    popup_on?: 'click' | 'hover';
    today_button?: boolean;
    scroll_to?: string | null;
    bar_height?: number;
    padding?: number;
    column_width?: number;
    container_height?: number | 'auto';
    infinite_padding?: boolean;
    lines?: 'none' | 'vertical' | 'horizontal' | 'both';
    holidays?: Record<string, string | string[]>;
    on_click?: (task: GanttTask) => void;
    upper_header_height?: number;
    lower_header_height?: number;
  }
  export default class Gantt {
    constructor(wrapper: HTMLElement | string, tasks: GanttTask[], options?: GanttOptions);
    gantt_start: Date;
    config: { column_width: number; step: number; unit: string; header_height: number };
    $svg: SVGSVGElement;
    change_view_mode(mode?: string, maintain_pos?: boolean): void;
    refresh(tasks: GanttTask[]): void;
  }
}
