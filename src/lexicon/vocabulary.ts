/**
 * The administrative vocabulary every implementing plan uses: the words of
 * its table headers, deadline phrases and agency names, and the phrases of
 * its running text. OCR repair checks doubtful words against it.
 */
import { HEADER_TEXT_COMMON } from "./columns.js";

/** Syllables of the vocabulary every plan's table uses. */
export const DOMAIN_TEXT = [
  HEADER_TEXT_COMMON,
  "Thường xuyên Định kỳ hằng năm hàng năm theo quý theo tháng Hằng quý Hằng tháng theo yêu cầu của theo chỉ đạo của sau khi đột xuất",
  "Bộ Sở Ủy ban nhân dân UBND tỉnh thành phố xã phường Công an Quân sự Biên phòng Hải quan Thuế Quản lý thị trường Ban Chỉ đạo Văn phòng Thường trực",
  "Y tế Tài chính Công Thương Nội vụ Tư pháp Xây dựng Nông nghiệp và Môi trường Khoa học và Công nghệ Văn hóa Thể thao Du lịch Giáo dục Đào tạo Ngoại vụ Quốc phòng",
  "Báo cáo Văn bản Kế hoạch Quyết định Chương trình Hội nghị Quy chế Hệ thống cơ sở dữ liệu Bản cam kết",
  "Các sở ngành địa phương có liên quan triển khai theo lĩnh vực quản lý và chức năng được giao",
  "buôn lậu gian lận thương mại hàng giả xâm phạm quyền sở hữu trí tuệ kiểm tra rà soát tuyên truyền",
].join(" ");

/** Phrases of the plans' administrative vocabulary: their word pairs are what OCR text is checked against. */
export const PHRASES = [
  "có liên quan", "phối hợp triển khai theo lĩnh vực quản lý và chức năng nhiệm vụ được giao", "tổng hợp báo cáo", "sửa đổi bổ sung",
  "đổi mới sáng tạo", "sổ tay tài liệu hướng dẫn nghiệp vụ", "kiểm tra rà soát", "chuyên ngành", "thông tin", "Ủy ban nhân dân", "các sở ngành",
  "văn bản quy định", "quản lý nhà nước", "tổ chức thực hiện", "cơ quan đơn vị", "xử lý vi phạm hành chính", "hàng hóa", "thương mại điện tử",
  "sở hữu trí tuệ", "buôn lậu gian lận thương mại hàng giả", "tuyên truyền phổ biến giáo dục pháp luật", "tăng cường", "đẩy mạnh", "nâng cao hiệu quả",
  "xây dựng kế hoạch", "chương trình", "hội nghị tập huấn", "đào tạo bồi dưỡng", "cán bộ công chức viên chức", "doanh nghiệp", "người tiêu dùng",
  "thị trường", "chất lượng sản phẩm", "nguồn gốc xuất xứ", "truy xuất", "cơ sở dữ liệu", "chuyển đổi số", "bố trí ngân sách", "kinh phí", "dự toán",
  "thường xuyên", "định kỳ hằng năm", "theo quý", "kết quả", "chủ trì", "thời hạn", "trách nhiệm", "người đứng đầu", "kỷ luật kỷ cương công vụ",
  "thanh tra giám sát", "ký cam kết", "quảng cáo", "mạng xã hội", "báo chí truyền hình phát thanh", "đường dây nóng", "biên giới cửa khẩu",
  "hợp tác quốc tế", "trao đổi thông tin", "tội phạm", "điều tra", "khởi tố", "tố giác tin báo", "nắm tình hình địa bàn", "cảnh báo",
  "phương thức thủ đoạn", "Quyết định", "Nghị định", "Thông tư", "Thủ tướng Chính phủ", "Ban Chỉ đạo", "Văn phòng Thường trực", "Công an",
  "Quản lý thị trường", "Hải quan", "Biên phòng", "Cảnh sát biển", "Sở Y tế", "Sở Tài chính", "Sở Công Thương", "Sở Tư pháp", "Sở Nội vụ",
  "Sở Xây dựng", "Sở Văn hóa Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "xã phường", "thành phố",
  "trên địa bàn", "nhân dân", "lợi dụng", "vướng mắc bất cập sơ hở", "chặn đứng chặn ngay", "hình thức", "khoa học công nghệ", "trang thiết bị",
  "giám định kiểm nghiệm", "đầu tư mua sắm", "đột xuất", "theo yêu cầu của Bộ", "theo chỉ đạo của", "sau khi", "phát triển", "ngăn chặn đẩy lùi",
  "tiêu cực", "tham nhũng", "lực lượng chức năng", "các bộ ngành", "các lực lượng", "sàn thương mại điện tử", "văn bản chỉ đạo", "biểu dương", "gương tích cực", "cách làm hay", "nhận thức", "sai sự thật", "niêm yết", "website", "trụ sở",
];
